import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { GraduationCriterion, GraduationDecision, ReferralAnswer } from '../../domain/journey/journey-codes';
import type { WelfareLevel } from '../../domain/programme/programme-rules.types';
import { GraduationCriterionCode, GraduationDecisionCode, ReferralAnswerCode } from './journey-decision-enums';
import { WelfareLevelCode } from './journey-enums';

@ObjectType('GraduationCriterion', {
  description:
    "One criterion of the programme's graduation-indicator matrix (matriks indikator graduasi) and whether it was met.",
})
export class GraduationCriterionObject {
  @Field(() => GraduationCriterionCode, {
    description:
      'The criterion (BUSINESS_RUNNING, MONTHS_IN_WORK and MINDSET_CHANGED only when the programme rules and the ' +
      "journey's livelihood track require them).",
  })
  criterion!: GraduationCriterion;
  @Field({ description: 'Whether the re-evaluation met it.' }) met!: boolean;
  @Field({ description: 'What was compared, in words (thresholds come from the programme rules version).' })
  detail!: string;
}

@ObjectType('ReEvaluation', {
  description:
    'A re-evaluation (evaluasi ulang) after the plan or an intensive-support cycle, and the graduation ' +
    'proposal the server derived from it.',
})
export class ReEvaluationObject {
  @Field(() => GraphQLISODateTime, { description: 'When the facilitator submitted it.' }) at!: string;
  @Field(() => ID, { description: 'The evidence row holding the full form on the server.' }) evidenceId!: string;
  @Field(() => Float, {
    description: 'Family income divided by the regional minimum wage (UMK/UMR); 1.0 = exactly the minimum wage.',
  })
  incomeToMinimumWageRatio!: number;
  @Field({ description: 'Whether the business or economic activity is still running.' }) businessRunning!: boolean;
  @Field({ description: 'Whether the facilitator observed a changed mindset (perubahan pola pikir).' })
  mindsetChanged!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the person was in work (employment recorded); null when no employment was recorded.',
  })
  inWork!: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Months in the current work (0 when not in work); null when no employment was recorded.',
  })
  monthsInWork!: number | null;
  @Field(() => GraduationDecisionCode, { description: "The server's proposal to the manager: GRADUATE or NOT_YET." })
  proposal!: GraduationDecision;
  @Field(() => WelfareLevelCode, { description: 'Welfare level derived from this re-evaluation.' })
  welfareLevel!: WelfareLevel;
  @Field(() => [GraduationCriterionObject], { description: 'Each graduation criterion and whether it was met.' })
  criteria!: GraduationCriterionObject[];
}

@ObjectType('Referral', {
  description:
    'A referral of a graduate to a more advanced programme (rujukan ke program lain yang lebih advance), and ' +
    'its answer.',
})
export class ReferralObject {
  @Field({ description: 'Code of the receiving programme, e.g. KUR.' }) targetProgramme!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The receiving organisation, whose partners answer the referral themselves; null if none is named.',
  })
  organisationId!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the facilitator made the referral.' }) referredAt!: string;
  @Field(() => ReferralAnswerCode, {
    nullable: true,
    description: "The receiving programme's answer: ACCEPTED or DECLINED; null while waiting.",
  })
  answer!: ReferralAnswer | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the answer was recorded.' }) answeredAt!:
    string | null;
}

@ObjectType('NotGraduatedEvaluation', {
  description:
    'The evaluation of causes after a NOT_YET decision, made with the beneficiary (evaluasi penyebab; rules ' +
    'README, Sources of the process: not-graduated path).',
})
export class NotGraduatedEvaluationObject {
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) at!: string;
  @Field(() => ID, { description: 'The evidence row holding causes, the beneficiary input and recommendations.' })
  evidenceId!: string;
}
