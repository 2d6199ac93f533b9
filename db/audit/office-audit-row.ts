import type { AuditRowContent } from './audit-hash';

/** Audit sources of a programme office's work that concerns no journey. */
export type OfficeAuditSource = 'CONFIGURATION' | 'PROGRAMME_SETUP' | 'STAFF' | 'GROUP';

/**
 * One audit row of a programme office's work, tied to no journey: CONFIGURATION (an admin's change to a
 * programme's set-up, a published rules version, an organisation), PROGRAMME_SETUP (a cohort, a selection
 * record) STAFF (an assignment, a caseload hand-over) or GROUP (a group's lifecycle, members, sessions, capital,
 * reports). Who, where, why and what changed, with codes and ids
 * only in `before`/`after` (never a candidate's note or a person's data).
 */
export function officeAuditRow(
  source: OfficeAuditSource,
  input: {
    actorId: string;
    actorRole: string;
    action: string;
    programmeId: string | null;
    regionCode?: string | null;
    reason?: string | null;
    before?: Record<string, unknown> | null;
    after: Record<string, unknown>;
    requestId?: string | null;
    idempotencyKey?: string | null;
    at: Date;
  },
): AuditRowContent {
  return {
    at: input.at,
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    journeyId: null,
    programmeId: input.programmeId,
    regionCode: input.regionCode ?? null,
    reason: input.reason ?? null,
    before: input.before ?? null,
    after: input.after,
    requestId: input.requestId ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
    workflowId: null,
    runId: null,
    eventSeq: null,
    source,
  };
}
