import { ArrayMaxSize, ArrayMinSize, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type {
  AlternativeAnswer,
  SupportVisitKind,
  TerminationAlternative,
} from '../../../domain/journey/journey-codes';
import {
  AlternativeAnswerCode,
  SupportVisitKindCode,
  TerminationAlternativeCode,
} from '../journey-follow-through-enums';

@InputType({
  description:
    'A visit of the running intensive-support cycle (pendampingan intensif): when, how, and what was agreed. The ' +
    'agreement is stored sealed (encrypted at rest) as evidence.',
})
export class RecordIntensiveVisitInput {
  @Field({
    description:
      'When the visit took place, ISO 8601 date-time: within the current cycle (its start to its planned end) and ' +
      'not ahead of now (else VISIT_DATE_OUT_OF_CYCLE).',
  })
  @IsISO8601({ strict: true })
  visitedAt!: string;
  @Field(() => SupportVisitKindCode, { description: 'How the visit took place.' }) kind!: SupportVisitKind;
  @Field({ description: 'What was agreed with the beneficiary, at most 4000 characters; sealed at rest.' })
  @IsString()
  @MaxLength(4000)
  agreed!: string;
}

@InputType({ description: "The beneficiary's answer to one alternative offered with the termination." })
export class TerminationAlternativeAnswerInput {
  @Field(() => TerminationAlternativeCode, { description: 'The alternative answered; it must have been offered.' })
  alternative!: TerminationAlternative;
  @Field(() => AlternativeAnswerCode, { description: 'ACCEPTED or DECLINED.' }) answer!: AlternativeAnswer;
  @Field({ nullable: true, description: 'A note on the answer, at most 4000 characters; sealed at rest.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

@InputType({
  description:
    "A graduate's individual follow-up plan (Rencana Tindak Lanjut Individu, domain spec 3.5): goals, the support " +
    'planned and target dates, as free text sealed at rest.',
})
export class FollowUpPlanInput {
  @Field(() => [String], { description: 'Goals, 1 to 20 of at most 500 characters each.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  goals!: string[];
  @Field(() => [String], {
    description: 'Support planned (e.g. capital access, marketing network, mentoring), at most 20 of 500 characters.',
  })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  supports!: string[];
  @Field(() => [String], {
    description: 'Target dates or milestones in words, e.g. "stall open by March", at most 20 of 200 characters.',
  })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  dates!: string[];
}

@InputType({ description: 'A post-graduation mentoring visit: when, how, and notes (sealed at rest).' })
export class RecordMentoringVisitInput {
  @Field({ description: 'When the visit took place, ISO 8601 date-time: after graduation, not ahead of now.' })
  @IsISO8601({ strict: true })
  visitedAt!: string;
  @Field(() => SupportVisitKindCode, { description: 'How the visit took place.' }) kind!: SupportVisitKind;
  @Field({ description: 'Notes of the visit, at most 4000 characters; sealed at rest.' })
  @IsString()
  @MaxLength(4000)
  notes!: string;
}
