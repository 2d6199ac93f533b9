import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { DomainError } from '../../domain/errors/error-codes';
import { journeyWorkflowId } from '../../workflows/journey/journey.messages';
import { fromTemporalError } from '../../db/journey/temporal-errors';
import type { AuditLogEntry } from './audit-log.object';
import { auditRows } from './audit-log.service';
import { auditQuery } from './audit-sql';
import { emptyItem, type HistoryItem } from './journey-history.item';
import { temporalHistory, type TemporalResume } from './journey-history.temporal';
import { isUuid } from '../../domain/shared/uuid';

/** When a recorded step happened in the field and when the server recorded it (journey_event.at, recorded_at). */
export interface StepTimes {
  occurredAt: Date;
  recordedAt: Date;
}

export function auditHistoryItem(row: AuditLogEntry, times?: StepTimes): HistoryItem {
  const item = emptyItem('AUDIT_LOG', row.at, row.source);
  return {
    ...item,
    ...(times ?? {}),
    name: row.action,
    runId: row.runId,
    auditRowId: row.id,
    actorId: row.actorId,
    actorRole: row.actorRole,
    reason: row.reason,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
    idempotencyKey: row.idempotencyKey,
    detail: { eventSeq: row.eventSeq, workflowId: row.workflowId, hash: row.hash },
  };
}

/**
 * Merges two time-ordered streams into one, keeping each stream's own order (Temporal's by event
 * id, the audit log's by row id); on equal times the Temporal event comes first.
 */
export async function* mergeByTime(
  a: AsyncIterator<HistoryItem>,
  b: AsyncIterator<HistoryItem>,
): AsyncGenerator<HistoryItem> {
  let x = await a.next();
  let y = await b.next();
  while (!x.done || !y.done) {
    if (!x.done && (y.done || x.value.at.getTime() <= y.value.at.getTime())) {
      yield x.value;
      x = await a.next();
    } else if (!y.done) {
      yield y.value;
      y = await b.next();
    }
  }
}

/** The journey's recorded steps by seq, with their field and recording times (one row per step). */
async function stepTimes(em: EntityManager, journeyId: string): Promise<Map<number, StepTimes>> {
  const rows = await auditQuery(
    em,
    `select seq, min(at) as occurred_at, max(recorded_at) as recorded_at from journey_event
      where journey_id = ? group by seq`,
    [journeyId],
  );
  return new Map(
    rows.map((r) => [
      Number(r.seq),
      { occurredAt: new Date(r.occurred_at as string), recordedAt: new Date(r.recorded_at as string) },
    ]),
  );
}

async function* auditHistory(
  em: EntityManager,
  journeyId: string,
  afterRowId: string | null,
): AsyncGenerator<HistoryItem> {
  const times = await stepTimes(em, journeyId);
  for await (const row of auditRows(em, { journeyId }, 1000, afterRowId)) {
    const step = row.source === 'JOURNEY_EVENT' && row.eventSeq != null ? times.get(row.eventSeq) : undefined;
    yield auditHistoryItem(row, step);
  }
}

async function* guarded(items: AsyncGenerator<HistoryItem>): AsyncGenerator<HistoryItem> {
  try {
    yield* items;
  } catch (err) {
    throw fromTemporalError(err, () => false);
  }
}

/**
 * Where a merged history continues: after the last Temporal event and the last audit row already
 * given (null: none of that stream yet). The merge only looks at the two streams' next items, so
 * resuming both streams there continues exactly where the whole stream would have.
 */
export interface HistoryResume {
  temporal: TemporalResume | null;
  auditAfterRowId: string | null;
}

/**
 * A journey's whole history, in time order: every event of its Temporal workflow (all runs) and
 * every audit row of the journey, or the rest of it after `resume`. Streams: one Temporal run and
 * one batch of audit rows at a time.
 */
export async function journeyHistory(
  em: EntityManager,
  client: Client,
  journeyId: string,
  resume?: HistoryResume,
): Promise<AsyncGenerator<HistoryItem>> {
  if (!isUuid(journeyId)) throw new DomainError('VALIDATION_FAILED', 'journeyId must be a UUID');
  const known = await auditQuery(
    em,
    'select 1 from journey where id = ? union all select 1 from audit_log where journey_id = ? limit 1',
    [journeyId, journeyId],
  );
  if (known.length === 0) throw new DomainError('NOT_FOUND', `No journey ${journeyId}`);
  return mergeByTime(
    guarded(temporalHistory(client, journeyWorkflowId(journeyId), resume?.temporal)),
    auditHistory(em, journeyId, resume?.auditAfterRowId ?? null),
  );
}
