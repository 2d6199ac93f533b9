import { ArrayMaxSize, ArrayMinSize, Matches, ValidateNested } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import type { FieldRecordKind } from '../../../domain/journey/field-sync.codes';
import { FieldRecordKindCode } from '../field-sync.object';
import { AssessmentInput, FollowUpInput, ReEvaluationInput } from './assessment.input';
import { RecordIntensiveVisitInput, RecordMentoringVisitInput } from './follow-through.input';
import { RecordAttendanceInput } from './plan.input';

/** At most this many records in one batch: a week or two of a facilitator's field work. */
export const MAX_FIELD_RECORDS = 1000;

/**
 * One record captured offline: its kind and the input of that kind's command (the other inputs left out). Each
 * record's input is checked on its own, so a malformed record is refused alone and the others still apply.
 */
@InputType({ description: 'One record captured offline: a kind and the input of that kind, nothing else.' })
export class FieldRecordInput {
  @Field({
    description:
      "The device's id of the record, its idempotency key (8-128 of A-Z a-z 0-9 _ - : .): sending it again, in " +
      'this batch or a later one, never applies it twice (ALREADY_APPLIED).',
  })
  @Matches(/^[A-Za-z0-9_\-:.]{8,128}$/)
  clientId!: string;
  @Field(() => ID, { description: "The record's journey: its UUID (Journey.journeyId)." }) journeyId!: string;
  @Field(() => FieldRecordKindCode, { description: 'Which command the record is; its input field must be set.' })
  kind!: FieldRecordKind;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "When it happened in the field; absent: now. The step's time for deadlines, periods and indicators " +
      '(see occurredAt on the single mutations for what is refused).',
  })
  occurredAt?: Date;
  @Field(() => AssessmentInput, { nullable: true, description: 'For SUBMIT_ASSESSMENT.' })
  assessment?: AssessmentInput;
  @Field(() => RecordAttendanceInput, { nullable: true, description: 'For RECORD_ATTENDANCE.' })
  attendance?: RecordAttendanceInput;
  @Field(() => ReEvaluationInput, { nullable: true, description: 'For SUBMIT_RE_EVALUATION.' })
  reEvaluation?: ReEvaluationInput;
  @Field(() => FollowUpInput, { nullable: true, description: 'For RECORD_FOLLOW_UP.' })
  followUp?: FollowUpInput;
  @Field(() => RecordIntensiveVisitInput, { nullable: true, description: 'For RECORD_INTENSIVE_VISIT.' })
  intensiveVisit?: RecordIntensiveVisitInput;
  @Field(() => RecordMentoringVisitInput, { nullable: true, description: 'For RECORD_MENTORING_VISIT.' })
  mentoringVisit?: RecordMentoringVisitInput;
}

@InputType({ description: "One device's batch of records captured offline, in the order they were captured." })
export class FieldSyncInput {
  @Field(() => [FieldRecordInput], {
    description: `The records (1-${MAX_FIELD_RECORDS}), applied in this order per journey; journeys run side by side.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FIELD_RECORDS)
  @ValidateNested({ each: true })
  records!: FieldRecordInput[];
}
