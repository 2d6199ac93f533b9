import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { AUDIT_SOURCES, type AuditSource } from '../../domain/audit/audit-source.types';
import { PageInfo } from '../journey/journey-connection.object';
import { codeEnum } from '../shared/code-enum';

export const AuditSourceCode = codeEnum('AuditSource', AUDIT_SOURCES, 'What kind of fact an audit row records.', {
  JOURNEY_EVENT: 'A recorded journey step: one workflow update or timer that changed the journey.',
  DENIED: 'A refused attempt (role, identity, stage or validation); nothing changed.',
  READ: 'A read of protected personal data.',
  ERASURE: "Erasure of a beneficiary's personal data on request (eraseBeneficiary).",
  GRIEVANCE:
    'A step of a complaint, conflict or safeguarding report (filed, triaged, answered, escalated, ' +
    "resolved, handled); never its text or a reporter's identity.",
  STAFF: 'A change to a staff assignment (facilitator, coordinator, mentor) or a caseload hand-over: ids only.',
  CONFIGURATION:
    "A change to a programme's configuration by an admin: a programme created or updated, a rules version published.",
  PROGRAMME_SETUP: 'A change to how a programme runs: a cohort created or changed, a candidate refused at selection.',
  INCLUSION:
    "A person's inclusion data recorded (WG-SS functioning, accommodation needs): the derived level and codes only, " +
    'never the answers.',
  FIELD_SYNC:
    "A manager's approval of one field record captured offline that arrived late or out of order " +
    "(approveLateRecord): who approved, the record's key, why.",
  REPORTING:
    "A facilitator's weekly narrative recorded or updated: programme, week and revision only, never its texts.",
  RECONCILIATION:
    'A repair of a journey read model after PostgreSQL and Temporal were restored from backups taken at different ' +
    'moments (npm run ops:reconcile): who ran it, what it found, the seqs before and after; ids only.',
  GROUP:
    'A change to a group: formed, its status, a member joining, leaving or changing role, a session, capital or a ' +
    'periodic report; ids, codes and figures only.',
});

@ObjectType({ description: 'One row of the append-only, hash-chained audit log.' })
export class AuditLogEntry {
  @Field(() => ID, { description: 'Row id: increases in the order rows were chained.' }) id!: string;
  @Field(() => GraphQLISODateTime, {
    description: 'When it happened (the workflow time of the step, or when the attempt was refused).',
  })
  at!: Date;
  @Field({ description: 'User id of who did or attempted it (system for timers).' }) actorId!: string;
  @Field({ description: 'Role the actor acted in.' }) actorRole!: string;
  @Field({
    description:
      'What was done or attempted: the command name (e.g. exit, decideGraduation), enroll, or deadline for a timer.',
  })
  action!: string;
  @Field(() => ID, { nullable: true, description: 'The journey concerned, when there is one.' }) journeyId!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Programme of the journey.' }) programmeId!: string | null;
  @Field(() => String, { nullable: true, description: 'Region code of the journey.' }) regionCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The written reason given with the decision, copied from its evidence; null when none was required.',
  })
  reason!: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'What changed, before: e.g. { stage } the step left.',
  })
  before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'What changed, after: the stage reached and the events of the step; for a refusal, its code and message.',
  })
  after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'Request id of the API call (x-request-id).' }) requestId!:
    string | null;
  @Field(() => String, { nullable: true, description: "The client's idempotency key." }) idempotencyKey!: string | null;
  @Field(() => String, { nullable: true, description: 'Temporal workflow id (journey-<id>) that recorded the step.' })
  workflowId!: string | null;
  @Field(() => String, { nullable: true, description: 'Temporal run id that recorded the step.' }) runId!:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Sequence number of the step in the journey.' }) eventSeq!:
    number | null;
  @Field(() => AuditSourceCode, { description: 'What kind of fact this row records.' }) source!: AuditSource;
  @Field({ description: 'Hash of the previous row (64 zeros for the first row).' }) prevHash!: string;
  @Field({ description: "sha256 of this row's canonical content and prevHash." }) hash!: string;
}

@ObjectType({ description: 'An audit row in a page, with its cursor.' })
export class AuditLogEdge {
  @Field({ description: 'Opaque position of this row; pass it as after to continue from here.' }) cursor!: string;
  @Field(() => AuditLogEntry, { description: 'The audit row.' }) node!: AuditLogEntry;
}

@ObjectType({ description: 'A page of audit rows, oldest first (Relay cursor connection).' })
export class AuditLogConnection {
  @Field(() => [AuditLogEdge], { description: 'The rows of this page, in chain order.' }) edges!: AuditLogEdge[];
  @Field(() => PageInfo, { description: 'Whether there is a next page and where it starts.' }) pageInfo!: PageInfo;
}

/** Why a row breaks the audit hash chain. */
export const AUDIT_CHAIN_PROBLEMS = ['HASH_MISMATCH', 'LINK_MISMATCH'] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];
export const AuditChainProblemCode = codeEnum(
  'AuditChainProblem',
  AUDIT_CHAIN_PROBLEMS,
  'Why a row breaks the audit hash chain.',
  {
    HASH_MISMATCH: 'Its content or hash was changed.',
    LINK_MISMATCH: 'prevHash is not the previous row hash: a row before it was changed, removed or inserted.',
  },
);

@ObjectType({ description: 'Result of recomputing the audit hash chain over a range of rows.' })
export class AuditChainVerification {
  @Field({ description: 'True when every row in the range hashes to its stored hash and links to the row before it.' })
  ok!: boolean;
  @Field(() => Int, { description: 'Rows checked.' }) checkedRows!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The first row whose hash or link does not match; null when the chain verifies.',
  })
  firstBrokenId!: string | null;
  @Field(() => AuditChainProblemCode, { nullable: true, description: 'Why that row is broken; null when verified.' })
  problem!: AuditChainProblem | null;
  @Field(() => String, {
    nullable: true,
    description: 'Hash of the last row checked: keep it to prove later that nothing before it changed.',
  })
  lastHash!: string | null;
}
