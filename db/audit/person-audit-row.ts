import type { AuditSource } from '../entities/audit-log.entity';
import type { AuditRowContent } from './audit-hash';

/**
 * One audit row of the API's own work on one person, outside their workflow: a reveal (READ), an erasure
 * (ERASURE), an inclusion record (INCLUSION). The person's journey, programme and region place the row in
 * the auditors' scope; `before`/`after` hold codes and ids only, never the values read or changed.
 */
export function personAuditRow(
  source: AuditSource,
  input: {
    actorId: string;
    actorRole: string;
    action: string;
    journeyId: string;
    programmeId: string;
    regionCode: string;
    reason?: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    requestId: string | null;
    idempotencyKey?: string | null;
  },
): AuditRowContent {
  return {
    at: new Date(),
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    journeyId: input.journeyId,
    programmeId: input.programmeId,
    regionCode: input.regionCode,
    reason: input.reason ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: input.requestId,
    idempotencyKey: input.idempotencyKey ?? null,
    workflowId: null,
    runId: null,
    eventSeq: null,
    source,
  };
}
