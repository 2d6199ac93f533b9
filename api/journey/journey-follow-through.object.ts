import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type {
  AlternativeAnswer,
  ChangeDimension,
  SupportVisitKind,
  TerminationAlternative,
} from '../../domain/journey/journey-codes';
import type { WelfareLevel } from '../../domain/programme/programme-rules.types';
import { WelfareLevelCode } from './journey-enums';
import {
  AlternativeAnswerCode,
  ChangeDimensionCode,
  SupportVisitKindCode,
  TerminationAlternativeCode,
} from './journey-follow-through-enums';

@ObjectType('SupportVisit', {
  description: 'A visit of intensive support or of post-graduation mentoring; what was agreed is sealed evidence.',
})
export class SupportVisitObject {
  @Field(() => GraphQLISODateTime, { description: 'When the visit took place.' }) visitedAt!: string;
  @Field(() => SupportVisitKindCode, { description: 'How it took place.' }) kind!: SupportVisitKind;
  @Field(() => ID, { description: 'The evidence row holding what was agreed (sealed at rest).' }) evidenceId!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the facilitator recorded it.' }) recordedAt!: string;
}

@ObjectType('ChangePoint', { description: 'What a re-evaluation found, as far as change is measured.' })
export class ChangePointObject {
  @Field(() => GraphQLISODateTime, { description: 'When the re-evaluation was submitted.' }) at!: string;
  @Field(() => Float, { description: 'Family income divided by the regional minimum wage (UMK/UMR).' })
  incomeToMinimumWageRatio!: number;
  @Field(() => WelfareLevelCode, { description: 'The welfare level derived then.' }) welfareLevel!: WelfareLevel;
  @Field({ description: 'Whether a business was running.' }) businessRunning!: boolean;
  @Field({ description: 'Whether the beneficiary was in work (false when the re-evaluation did not record it).' })
  inWork!: boolean;
}

@ObjectType('DimensionChange', { description: 'The change in one dimension and the threshold it was held against.' })
export class DimensionChangeObject {
  @Field(() => ChangeDimensionCode, { description: 'The dimension.' }) dimension!: ChangeDimension;
  @Field(() => Float, { description: 'The value at the start (see ChangeDimension for the unit).' }) from!: number;
  @Field(() => Float, { description: 'The value at the review.' }) to!: number;
  @Field(() => Float, { description: 'to - from.' }) change!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The threshold from the rules (intensiveSupport.significantChange); null: not counted.',
  })
  threshold!: number | null;
  @Field({ description: 'Whether the change reached the threshold.' }) significant!: boolean;
}

@ObjectType('MeasuredChange', {
  description:
    "Change between an intensive cycle's start (the re-evaluation before it) and its review (the re-evaluation " +
    'after it), per dimension; significant when any one dimension reaches its threshold (rules v5).',
})
export class MeasuredChangeObject {
  @Field(() => ChangePointObject, { description: 'The point before the cycle.' }) from!: ChangePointObject;
  @Field(() => ChangePointObject, { description: 'The point at the review.' }) to!: ChangePointObject;
  @Field(() => [DimensionChangeObject], { description: 'Each dimension measured.' })
  dimensions!: DimensionChangeObject[];
  @Field({ description: 'Whether the change is significant (any dimension).' }) significant!: boolean;
}

@ObjectType('TerminationAlternativeOffered', {
  description: 'An alternative offered with a termination, and its answer.',
})
export class TerminationAlternativeObject {
  @Field(() => TerminationAlternativeCode, { description: 'The alternative.' }) alternative!: TerminationAlternative;
  @Field(() => AlternativeAnswerCode, { nullable: true, description: 'The answer; null while unanswered.' })
  answer!: AlternativeAnswer | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was answered.' }) answeredAt!: string | null;
}

@ObjectType('Termination', {
  description:
    'A termination of assistance as an auditor follows it (rules v5): the change measured in the last cycle, the ' +
    'alternatives offered and their answers, due alternativeAnswerDays after the termination was communicated.',
})
export class TerminationObject {
  @Field(() => GraphQLISODateTime, { description: 'When the manager decided TERMINATE.' }) decidedAt!: string;
  @Field(() => MeasuredChangeObject, {
    nullable: true,
    description: 'The change measured in the last intensive cycle, as the manager saw it; null: none measured.',
  })
  measuredChange!: MeasuredChangeObject | null;
  @Field(() => [TerminationAlternativeObject], { description: 'The alternatives offered, in the order given.' })
  alternatives!: TerminationAlternativeObject[];
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the answers are due; null until the termination is communicated.',
  })
  answerDueAt!: string | null;
}

@ObjectType('GraduationFollowThrough', {
  description:
    'How graduation ends gradually (rules v5): the individual follow-up plan (Rencana Tindak Lanjut Individu) and ' +
    'tapering mentoring visits. The alumni group is Journey.alumniGroup.',
})
export class GraduationFollowThroughObject {
  @Field(() => ID, { nullable: true, description: 'Evidence id of the current follow-up plan; null: none yet.' })
  followUpPlanEvidenceId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the current plan was recorded.' })
  followUpPlanRecordedAt!: string | null;
  @Field(() => [SupportVisitObject], { description: 'Mentoring visits made, oldest first.' })
  mentoringVisits!: SupportVisitObject[];
  @Field(() => Int, {
    description: 'How many mentoring visits the rules plan (graduationMentoring.visitIntervalsDays).',
  })
  mentoringVisitsPlanned!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next mentoring visit is due: the next interval after the last visit (or graduation).',
  })
  nextMentoringVisitDueAt!: string | null;
}
