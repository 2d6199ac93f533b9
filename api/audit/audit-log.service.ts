import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../domain/errors/error-codes';
import type { AuditSource } from '../../domain/audit/audit-source.types';
import type { AuditLogEntry, AuditLogConnection } from './audit-log.object';
import type { AuditLogFilter } from './audit-log.input';
import { auditQuery } from './audit-sql';

export const MAX_AUDIT_PAGE = 500;

/** WHERE clause for a filter, keyset-continued after a row id (rows come oldest first, by id). */
function where(filter: AuditLogFilter | undefined, afterId: string | null): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const eq = (column: string, value: unknown) => {
    if (value !== undefined && value !== null) {
      parts.push(`${column} = ?`);
      params.push(value);
    }
  };
  eq('actor_id', filter?.actorId);
  eq('action', filter?.action);
  eq('programme_id', filter?.programmeId);
  eq('journey_id', filter?.journeyId);
  eq('source', filter?.source);
  if (filter?.regionCode) {
    if (filter.regionCode.endsWith('*')) {
      parts.push(`region_code like ?`);
      params.push(`${filter.regionCode.slice(0, -1)}%`);
    } else eq('region_code', filter.regionCode);
  }
  if (filter?.from) {
    parts.push('at >= ?');
    params.push(filter.from);
  }
  if (filter?.to) {
    parts.push('at < ?');
    params.push(filter.to);
  }
  if (afterId) {
    parts.push('id > ?::bigint');
    params.push(afterId);
  }
  return { sql: parts.length ? `where ${parts.join(' and ')}` : '', params };
}

export function toAuditEntry(r: Record<string, unknown>): AuditLogEntry {
  return {
    id: String(r.id),
    at: new Date(r.at as string),
    actorId: r.actor_id as string,
    actorRole: r.actor_role as string,
    action: r.action as string,
    journeyId: (r.journey_id as string) ?? null,
    programmeId: (r.programme_id as string) ?? null,
    regionCode: (r.region_code as string) ?? null,
    reason: (r.reason as string) ?? null,
    before: (r.before as Record<string, unknown>) ?? null,
    after: (r.after as Record<string, unknown>) ?? null,
    requestId: (r.request_id as string) ?? null,
    idempotencyKey: (r.idempotency_key as string) ?? null,
    workflowId: (r.workflow_id as string) ?? null,
    runId: (r.run_id as string) ?? null,
    eventSeq: (r.event_seq as number) ?? null,
    source: r.source as AuditSource,
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
  };
}

/** One keyset batch: rows after `afterId` matching the filter, oldest first. */
export async function auditBatch(
  em: EntityManager,
  filter: AuditLogFilter | undefined,
  afterId: string | null,
  limit: number,
): Promise<AuditLogEntry[]> {
  const w = where(filter, afterId);
  // `at` as ISO 8601 text (to_json), which Date parses exactly, whatever the driver's type parsers.
  const rows = await auditQuery(
    em,
    `select *, to_json(at) #>> '{}' as at from audit_log ${w.sql} order by id limit ?`,
    [...w.params, limit],
  );
  return rows.map(toAuditEntry);
}

/**
 * Every matching row (after row `startAfter`, if given), a batch at a time (for exports: never the whole set in
 * memory).
 */
export async function* auditRows(
  em: EntityManager,
  filter: AuditLogFilter | undefined,
  batchSize = 1000,
  startAfter: string | null = null,
): AsyncGenerator<AuditLogEntry> {
  let after: string | null = startAfter;
  for (;;) {
    const batch = await auditBatch(em, filter, after, batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1].id;
  }
}

export const auditCursor = (id: string) => Buffer.from(`audit:${id}`).toString('base64url');
function afterIdOf(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const m = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new DomainError('VALIDATION_FAILED', 'after is not a cursor of this list');
  return m[1];
}

export async function auditLogPage(
  em: EntityManager,
  filter: AuditLogFilter | undefined,
  first: number,
  after?: string,
): Promise<AuditLogConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE)
    throw new DomainError('VALIDATION_FAILED', `first must be between 1 and ${MAX_AUDIT_PAGE}`);
  const rows = await auditBatch(em, filter, afterIdOf(after), first + 1);
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: auditCursor(node.id), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: page.length ? auditCursor(page[page.length - 1].id) : null,
    },
  };
}
