import type { AuditRowContent } from './audit-hash';

/**
 * One PROGRAMME_SETUP audit row: who changed how a programme runs (a cohort, a selection record), where, with
 * codes and counts only in `after` (never a candidate's note).
 */
export function setupAuditRow(input: {
  actorId: string;
  actorRole: string;
  action: string;
  programmeId: string;
  regionCode: string;
  before?: Record<string, unknown> | null;
  after: Record<string, unknown>;
  reason?: string | null;
  requestId?: string | null;
  idempotencyKey?: string | null;
  at: Date;
}): AuditRowContent {
  return {
    at: input.at,
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    journeyId: null,
    programmeId: input.programmeId,
    regionCode: input.regionCode,
    reason: input.reason ?? null,
    before: input.before ?? null,
    after: input.after,
    requestId: input.requestId ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
    workflowId: null,
    runId: null,
    eventSeq: null,
    source: 'PROGRAMME_SETUP',
  };
}
