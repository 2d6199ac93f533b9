import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import {
  FIELD_RECORD_KINDS,
  FIELD_RECORD_STATUSES,
  type FieldRecordKind,
  type FieldRecordStatus,
} from '../../domain/journey/field-sync.codes';
import type { Stage } from '../../domain/journey/journey.types';
import { ErrorCodeEnum } from '../errors/error-code-enum';
import { codeEnum } from '../shared/code-enum';
import { JourneyStageCode } from './journey-enums';

export const FieldRecordKindCode = codeEnum('FieldRecordKind', FIELD_RECORD_KINDS, 'A record captured offline.', {
  SUBMIT_ASSESSMENT: 'The needs assessment (submitAssessment); input: assessment.',
  RECORD_ATTENDANCE: "A participant's attendance at a session (recordAttendance); input: attendance.",
  SUBMIT_RE_EVALUATION: 'The re-evaluation (submitReEvaluation); input: reEvaluation.',
  RECORD_FOLLOW_UP: 'A post-graduation follow-up (recordFollowUp); input: followUp.',
  RECORD_INTENSIVE_VISIT: 'A visit of intensive support (recordIntensiveVisit); input: intensiveVisit.',
  RECORD_MENTORING_VISIT: 'A post-graduation mentoring visit (recordMentoringVisit); input: mentoringVisit.',
});

export const FieldRecordStatusCode = codeEnum(
  'FieldRecordStatus',
  FIELD_RECORD_STATUSES,
  'What became of one record of a field batch.',
  {
    APPLIED: 'Applied now.',
    ALREADY_APPLIED: 'Applied by an earlier send of the same clientId; nothing was applied twice.',
    REFUSED: 'Refused with an error code; nothing changed. Fix it (or get a manager approval) and send it again.',
  },
);

@ObjectType({ description: "The journey's latest recorded step: what changed since the device last saw it." })
export class FieldJourneyChange {
  @Field({ description: "The step's first event type, e.g. MODULE_CLOSED, STAGE_CHANGED." }) type!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it happened (its field time, for a field record).' })
  at!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) recordedAt!: Date;
  @Field({ description: 'The role of who did it (facilitator, manager, system ...).' }) actorRole!: string;
}

@ObjectType({ description: 'The outcome of one record of a field batch, in the order sent.' })
export class FieldRecordResult {
  @Field({ description: "The device's id of the record (its idempotency key)." }) clientId!: string;
  @Field(() => ID, { description: "The record's journey: its UUID (Journey.journeyId)." }) journeyId!: string;
  @Field(() => FieldRecordKindCode, { description: 'The kind of record.' }) kind!: FieldRecordKind;
  @Field(() => FieldRecordStatusCode, { description: 'APPLIED, ALREADY_APPLIED or REFUSED.' })
  status!: FieldRecordStatus;
  @Field(() => ErrorCodeEnum, { nullable: true, description: 'Error catalogue code when REFUSED.' })
  code!: ErrorCode | null;
  @Field(() => String, { nullable: true, description: 'Why it was refused, in the request language.' })
  message!: string | null;
  @Field(() => JourneyStageCode, { nullable: true, description: "The journey's stage now (null: unknown journey)." })
  stage!: Stage | null;
  @Field(() => FieldJourneyChange, {
    nullable: true,
    description: "When REFUSED: the journey's latest step (e.g. a module closed by a manager at a time), to reconcile.",
  })
  lastChange!: FieldJourneyChange | null;
}

@ObjectType({ description: 'Counts over the records of a field batch.' })
export class FieldSyncTotals {
  @Field(() => Int, { description: 'Records sent.' }) records!: number;
  @Field(() => Int, { description: 'Records applied now.' }) applied!: number;
  @Field(() => Int, { description: 'Records applied by an earlier send.' }) alreadyApplied!: number;
  @Field(() => Int, { description: 'Records refused.' }) refused!: number;
}

@ObjectType({ description: 'The answer to a field batch: one result per record, in the order sent.' })
export class FieldSyncReport {
  @Field(() => FieldSyncTotals, { description: 'Counts per outcome.' }) totals!: FieldSyncTotals;
  @Field(() => [FieldRecordResult], { description: 'One result per record, in the order sent.' })
  results!: FieldRecordResult[];
}

@ObjectType({ description: "A manager's approval of one field record that arrived late or out of order." })
export class LateRecordApproval {
  @Field(() => ID, { description: 'The journey (its UUID).' }) journeyId!: string;
  @Field({ description: "The record's client id (idempotency key) the approval lets in." }) recordKey!: string;
  @Field({ description: 'The manager who approved.' }) approvedBy!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was approved.' }) approvedAt!: Date;
}
