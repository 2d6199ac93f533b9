import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../journey/journey-connection.object';

export enum HistorySourceCode {
  TEMPORAL = 'TEMPORAL',
  AUDIT_LOG = 'AUDIT_LOG',
}
registerEnumType(HistorySourceCode, {
  name: 'HistorySource',
  description: 'Where a journey history item comes from.',
  valuesConfig: {
    TEMPORAL: {
      description:
        "An event of the journey's Temporal workflow history, as the Temporal server holds it (workflowEventId " +
        'in runId).',
    },
    AUDIT_LOG: { description: 'A row of the audit log in PostgreSQL (auditRowId).' },
  },
});

@ObjectType({
  description:
    'One event of a journey history, merged from the Temporal workflow history and the audit log, with where ' +
    'it came from.',
})
export class HistoryEvent {
  @Field(() => Int, { description: 'Position in the merged history, from 0.' }) position!: number;
  @Field(() => HistorySourceCode, { description: 'Where the event comes from.' }) source!: HistorySourceCode;
  @Field(() => GraphQLISODateTime, { description: 'When it happened (Temporal event time, or the audit row time).' })
  at!: Date;
  @Field({
    description:
      'Temporal event type (e.g. WORKFLOW_EXECUTION_UPDATE_ACCEPTED, TIMER_FIRED), or the audit row source ' +
      '(JOURNEY_EVENT, DENIED, READ, ERASURE).',
  })
  kind!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Update name (the command), timer id or activity type for Temporal events; the action for audit rows.',
  })
  name!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Temporal run id the event belongs to (for audit rows: the run that recorded the step).',
  })
  runId!: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Temporal event id within runId (as in the Temporal UI or `temporal workflow show`); null for audit rows.',
  })
  workflowEventId!: number | null;
  @Field(() => ID, { nullable: true, description: 'Audit log row id; null for Temporal events.' }) auditRowId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'User id of who decided or attempted it (system for timers).' })
  actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Role the actor acted in.' }) actorRole!: string | null;
  @Field(() => String, { nullable: true, description: 'Written reason given with the decision (audit rows).' })
  reason!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed, before (audit rows).' })
  before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'What changed, after: stage reached and events of the step, or the refusal code (audit rows).',
  })
  after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'Request id of the API call that caused it.' }) requestId!:
    string | null;
  @Field(() => String, { nullable: true, description: "The client's idempotency key." }) idempotencyKey!: string | null;
  @Field(() => String, { nullable: true, description: 'Temporal update id (updates only).' }) updateId!: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Decoded event details: the command (codes and evidence ids), timer duration, linked event ids, next run ' +
      'id; for audit rows, eventSeq and hash.',
  })
  detail!: Record<string, unknown> | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'For a recorded journey step (audit row JOURNEY_EVENT): when it happened in the field, the occurredAt a ' +
      'record captured offline carried (or when the journey applied it). Null for other events.',
  })
  occurredAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'For a recorded journey step (audit row JOURNEY_EVENT): when the server recorded it. Later than occurredAt ' +
      'for a record captured offline and synced late. Null for other events.',
  })
  recordedAt!: Date | null;
}

@ObjectType({ description: 'A journey history event in a page, with its cursor.' })
export class HistoryEventEdge {
  @Field({ description: 'Opaque position of this event; pass it as after to continue from here.' }) cursor!: string;
  @Field(() => HistoryEvent, { description: 'The event.' }) node!: HistoryEvent;
}

@ObjectType({ description: 'A page of a journey history, oldest first (Relay cursor connection).' })
export class HistoryEventConnection {
  @Field(() => [HistoryEventEdge], { description: 'The events of this page, in order.' }) edges!: HistoryEventEdge[];
  @Field(() => PageInfo, { description: 'Whether there is a next page and where it starts.' }) pageInfo!: PageInfo;
}
