import { validate } from 'class-validator';
import { DomainError } from '../../domain/errors/error-codes';
import { byJourneyInOrder, FIELD_RECORD_COMMANDS, type FieldRecordKind } from '../../domain/journey/field-sync.codes';
import type { Stage } from '../../domain/journey/journey.types';
import type { GraphQLContext } from '../context';
import { assertJourneyInScope } from '../auth/scope';
import { requireActor } from '../http/actor';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { failureOf, itemContext } from '../shared/bulk-context';
import type { FieldJourneyChange, FieldRecordResult, FieldSyncReport } from './field-sync.object';
import type { FieldRecordInput, FieldSyncInput } from './inputs/field-sync.input';
import { JourneyAssessmentResolver } from './journey-assessment.resolver';
import { JourneyFollowThroughResolver } from './journey-follow-through.resolver';
import { JourneyModuleResolver } from './journey-module.resolver';
import { assertUuid } from './journey-read.service';
import { sqlOf } from '../../db/shared/sql-rows';

const assessments = new JourneyAssessmentResolver();
const modules = new JourneyModuleResolver();
const followThrough = new JourneyFollowThroughResolver();

/** Each kind: its input field, and the single mutation that runs it (same checks, same command, same audit). */
const RUN: {
  [K in FieldRecordKind]: { field: keyof FieldRecordInput; run: (c: GraphQLContext, r: FieldRecordInput) => unknown };
} = {
  SUBMIT_ASSESSMENT: {
    field: 'assessment',
    run: (c, r) => assessments.submitAssessment(r.journeyId, r.clientId, r.assessment!, r.occurredAt, c),
  },
  SUBMIT_RE_EVALUATION: {
    field: 'reEvaluation',
    run: (c, r) => assessments.submitReEvaluation(r.journeyId, r.clientId, r.reEvaluation!, r.occurredAt, c),
  },
  RECORD_FOLLOW_UP: {
    field: 'followUp',
    run: (c, r) => assessments.recordFollowUp(r.journeyId, r.clientId, r.followUp!, r.occurredAt, c),
  },
  RECORD_ATTENDANCE: {
    field: 'attendance',
    run: (c, r) => modules.recordAttendance(r.journeyId, r.clientId, r.attendance!, r.occurredAt, c),
  },
  RECORD_INTENSIVE_VISIT: {
    field: 'intensiveVisit',
    run: (c, r) => followThrough.recordIntensiveVisit(r.journeyId, r.clientId, r.intensiveVisit!, r.occurredAt, c),
  },
  RECORD_MENTORING_VISIT: {
    field: 'mentoringVisit',
    run: (c, r) => followThrough.recordMentoringVisit(r.journeyId, r.clientId, r.mentoringVisit!, r.occurredAt, c),
  },
};
const INPUT_FIELDS = Object.values(RUN).map((k) => k.field);

/**
 * Applies one device's batch of records captured offline. Each journey's records run one after another in the
 * order sent (a later record may depend on an earlier one); journeys run side by side, at most BULK_CONCURRENCY at
 * a time. Every record runs as its single mutation would (scope, checks, command, audit of a refusal), keyed by
 * its clientId, so a batch sent again after a lost answer applies nothing twice. Every record gets a result.
 */
export async function syncFieldRecords(ctx: GraphQLContext, input: FieldSyncInput): Promise<FieldSyncReport> {
  const started = Date.now();
  requireActor(ctx.actor);
  const records = input.records.map((r) => ({ ...r, journeyId: r.journeyId.toLowerCase() }));
  const results = new Array<FieldRecordResult>(records.length);
  const lanes = [...byJourneyInOrder(records).values()];
  await mapWithConcurrency(lanes, BULK_CONCURRENCY, async (lane) => {
    const item = itemContext(ctx);
    for (const index of lane) results[index] = await applyRecord(item, records[index]);
  });
  const count = (status: FieldRecordResult['status']) => results.filter((r) => r.status === status).length;
  const totals = {
    records: results.length,
    applied: count('APPLIED'),
    alreadyApplied: count('ALREADY_APPLIED'),
    refused: count('REFUSED'),
  };
  ctx.logger.info({ ...totals, journeys: lanes.length, ms: Date.now() - started }, 'field records synced');
  return { totals, results };
}

async function applyRecord(ctx: GraphQLContext, record: FieldRecordInput): Promise<FieldRecordResult> {
  const base = { clientId: record.clientId, journeyId: record.journeyId, kind: record.kind };
  try {
    assertUuid(record.journeyId);
    await assertJourneyInScope(ctx, record.journeyId, { ownCaseload: true });
    await assertOneInput(record);
    if (await alreadyRecorded(ctx, record)) {
      return { ...base, status: 'ALREADY_APPLIED', code: null, message: null, ...(await whereNow(ctx, record, false)) };
    }
    await RUN[record.kind].run(ctx, record);
    return { ...base, status: 'APPLIED', code: null, message: null, ...(await whereNow(ctx, record, false)) };
  } catch (err) {
    const failure = failureOf(ctx, err, { journeyId: record.journeyId, command: FIELD_RECORD_COMMANDS[record.kind] });
    return { ...base, status: 'REFUSED', ...failure, ...(await whereNow(ctx, record, true)) };
  }
}

/**
 * Whether this record (its command and clientId) is already in the journey's recorded steps: the audit row of a
 * step is written in the same transaction as its events and names the command. A clientId reused for another
 * command is not "already applied": it goes to the journey, which refuses it (IDEMPOTENCY_KEY_REUSED).
 */
async function alreadyRecorded(ctx: GraphQLContext, record: FieldRecordInput): Promise<boolean> {
  const rows = await ctx.em.getConnection().execute<unknown[]>(
    `select 1 from audit_log where journey_id = ? and source = 'JOURNEY_EVENT' and idempotency_key = ?
       and action = ? limit 1`,
    [record.journeyId, record.clientId, FIELD_RECORD_COMMANDS[record.kind]],
    'all',
  );
  return rows.length > 0;
}

/** The record carries its kind's input and no other, and that input passes its checks. */
async function assertOneInput(record: FieldRecordInput): Promise<void> {
  const field = RUN[record.kind].field;
  const others = INPUT_FIELDS.filter((f) => f !== field && record[f] != null);
  const value = record[field];
  if (value == null || others.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `${record.kind} carries ${String(field)} and no other input`);
  }
  const problems = await validate(value as object, { forbidUnknownValues: false });
  if (problems.length > 0) {
    const names = problems.map((p) => p.property).join(', ');
    throw new DomainError('VALIDATION_FAILED', `${String(field)}: invalid ${names}`);
  }
}

/** The journey's stage now and, for a refusal, its latest step: what changed since the device last saw it. */
async function whereNow(
  ctx: GraphQLContext,
  record: FieldRecordInput,
  withChange: boolean,
): Promise<{ stage: Stage | null; lastChange: FieldJourneyChange | null }> {
  if (!/^[0-9a-f-]{36}$/.test(record.journeyId)) return { stage: null, lastChange: null };
  const sql = (text: string) => sqlOf(ctx.em)(text, [record.journeyId]);
  const journey = (await sql('select stage from journey where id = ?'))[0];
  if (!journey || !withChange) return { stage: (journey?.stage as Stage | undefined) ?? null, lastChange: null };
  const last = (
    await sql(
      `select type, at, recorded_at, actor_role from journey_event where journey_id = ?
       order by seq desc, ordinal asc limit 1`,
    )
  )[0];
  return {
    stage: journey.stage as Stage,
    lastChange: last
      ? {
          type: String(last.type),
          at: new Date(last.at as string),
          recordedAt: new Date(last.recorded_at as string),
          actorRole: String(last.actor_role),
        }
      : null,
  };
}
