import { createHash } from 'node:crypto';
import type { AuditSource } from '../entities/audit-log.entity';

/** The first row of the chain points at this. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an audit row says, before the chain fields (id, prev_hash, hash) are added. */
export interface AuditRowContent {
  at: Date;
  actorId: string;
  actorRole: string;
  action: string;
  journeyId: string | null;
  programmeId: string | null;
  regionCode: string | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  idempotencyKey: string | null;
  workflowId: string | null;
  runId: string | null;
  eventSeq: number | null;
  source: AuditSource;
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * sha256 over the canonical serialisation of the row's id, content and prev_hash. The id is in it,
 * so moving a row changes its hash too. Timestamps are hashed at millisecond precision (what
 * PostgreSQL gives back for what the writer sent).
 */
export function auditRowHash(id: string, row: AuditRowContent, prevHash: string): string {
  const content = {
    id,
    at: new Date(row.at).toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    journeyId: row.journeyId,
    programmeId: row.programmeId,
    regionCode: row.regionCode,
    reason: row.reason,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
    idempotencyKey: row.idempotencyKey,
    workflowId: row.workflowId,
    runId: row.runId,
    eventSeq: row.eventSeq,
    source: row.source,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
