import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ORGANISATION_ID } from '../../../domain/organisation/organisation.rules';
import type {
  CommunicationChannel,
  DecisionKind,
  GraduationDecision,
  ManagerExitKind,
  ReferralAnswer,
  TerminationAlternative,
  TerminationDecision,
} from '../../../domain/journey/journey-codes';
import { TerminationAlternativeCode } from '../journey-follow-through-enums';
import {
  CommunicationChannelCode,
  DecisionKindCode,
  ExitKindCode,
  GraduationDecisionCode,
  ReferralAnswerCode,
  TerminationDecisionCode,
} from '../journey-decision-enums';

@InputType({ description: "The manager's Graduation (graduasi) decision on a re-evaluated journey." })
export class DecideGraduationInput {
  @Field(() => GraduationDecisionCode, {
    description: 'GRADUATE (lulus) or NOT_YET (belum lulus: evaluation and intensive support follow).',
  })
  decision!: GraduationDecision;
  @Field({
    nullable: true,
    description:
      "Why, at most 4000 characters; required when the decision goes against the server's criteria proposal.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

@InputType({
  description:
    'How the facilitator (pendamping) communicated a decision to the beneficiary (rules README, Sources of the ' +
    'process: communication); clears Journey.pendingCommunication.',
})
export class RecordCommunicationInput {
  @Field(() => DecisionKindCode, {
    description: 'The decision communicated; must equal Journey.pendingCommunication.',
  })
  decision!: DecisionKind;
  @Field(() => CommunicationChannelCode, { description: 'How it was communicated.' })
  channel!: CommunicationChannel;
  @Field({ description: 'What was explained, at most 4000 characters.' }) @IsString() @MaxLength(4000) summary!: string;
  @Field({ nullable: true, description: "The beneficiary's response, at most 4000 characters." })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  beneficiaryResponse?: string;
}

@InputType({
  description:
    "The facilitator's evaluation, with the beneficiary, of why graduation targets were not met " +
    '(rules README, Sources of the process: not-graduated path); stored as evidence.',
})
export class NotGraduatedEvaluationInput {
  @Field(() => [String], { description: 'Causes identified, free text, at most 20 of 500 characters each.' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  causes!: string[];
  @Field({ description: 'What the beneficiary said, at most 4000 characters.' })
  @IsString()
  @MaxLength(4000)
  beneficiaryInput!: string;
  @Field({ description: 'Recommendations for the intensive-support plan, at most 4000 characters.' })
  @IsString()
  @MaxLength(4000)
  recommendations!: string;
}

@InputType({
  description:
    'A focused, measurable action plan for intensive support (pendampingan intensif; rules README, Sources of the ' +
    'process: not-graduated path).',
})
export class IntensiveSupportInput {
  @Field({ description: 'The action plan, free text, at most 8000 characters; stored as evidence.' })
  @IsString()
  @MaxLength(8000)
  actionPlan!: string;
}

@InputType({ description: "The manager's decision after intensive support without significant change." })
export class DecideTerminationInput {
  @Field(() => TerminationDecisionCode, {
    description: 'ANOTHER_CYCLE (one more intensive-support cycle) or TERMINATE (end assistance, penghentian bantuan).',
  })
  decision!: TerminationDecision;
  @Field({ description: 'Why (required), at most 8000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(8000)
  reason!: string;
  @Field(() => [String], {
    defaultValue: [],
    description:
      'Alternative programmes or assistance offered to the beneficiary, at most 20 (rules README, Sources of the ' +
      'process: not-graduated path).',
  })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  alternativesOffered!: string[];
  @Field(() => [TerminationAlternativeCode], {
    defaultValue: [],
    description:
      'The alternatives offered with TERMINATE, as codes, each once. Under rules that follow them (v5: ' +
      'intensiveSupport.alternativeAnswerDays) the journey stays open in TERMINATED until each is answered ' +
      '(recordTerminationAlternativeAnswer), due alternativeAnswerDays after the termination is communicated.',
  })
  @ArrayMaxSize(4)
  alternatives!: TerminationAlternative[];
}

@InputType({ description: 'A referral (rujukan) of a graduate to a more advanced programme.' })
export class ReferInput {
  @Field({ description: 'Code of the more advanced programme, e.g. KUR; 1-64 letters, digits, _ - or .' })
  @Matches(/^[A-Za-z0-9_\-.]{1,64}$/)
  targetProgramme!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The receiving organisation (an organisation of the programme, see Query.organisations), whose partners ' +
      'then answer the referral themselves; omitted: the facilitator records the answer.',
  })
  @IsOptional()
  @Matches(ORGANISATION_ID)
  organisationId?: string;
  @Field({
    description: "The facilitator's assessment of the graduate's readiness and interest, at most 4000 characters.",
  })
  @IsString()
  @MaxLength(4000)
  readiness!: string;
  @Field({ description: 'Information given to the graduate about the programme, at most 4000 characters.' })
  @IsString()
  @MaxLength(4000)
  informationGiven!: string;
}

@InputType({ description: "The receiving programme's answer to a referral." })
export class ReferralAnswerInput {
  @Field(() => ReferralAnswerCode, { description: 'ACCEPTED or DECLINED.' }) answer!: ReferralAnswer;
  @Field({ nullable: true, description: 'Note on the answer, at most 4000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

@InputType({ description: 'Why a manager ends a journey early.' })
export class ExitInput {
  @Field(() => ExitKindCode, {
    description: 'EXIT (other exit), DEATH, RELOCATION (moved away) or SANCTION (removed for breaking the rules).',
  })
  exitKind!: ManagerExitKind;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}

@InputType({ description: 'A new facilitator (pendamping) for the journey.' })
export class ReassignFacilitatorInput {
  @Field(() => ID, { description: 'User id of the new facilitator.' })
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  facilitatorId!: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}

@InputType({ description: 'A correction of recorded data; the old and new values and the reason are kept.' })
export class CorrectDataInput {
  @Field({ description: 'Path of the corrected value, e.g. assessment.income.monthlyFamilyIncome.' })
  @Matches(/^[A-Za-z0-9_.]{1,128}$/)
  field!: string;
  @Field({ description: 'The corrected value as JSON text, e.g. 2500000 or "TAILOR"; at most 8000 characters.' })
  @IsString()
  @MaxLength(8000)
  valueJson!: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
