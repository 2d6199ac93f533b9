import type { AuditRowContent } from './audit-hash';

/** Where a complaint, conflict or safeguarding report lies (for scope filters on the audit log). */
export interface GrievancePlace {
  programmeId: string;
  regionCode: string;
}

/**
 * One GRIEVANCE audit row: who did which step to which record (its id in `after`), with codes only,
 * never the complaint's text, a note or a reporter's identity. A public filer is 'anonymous' and
 * gets no request id (a client-chosen x-request-id could tie the row to them).
 */
export function grievanceAuditRow(input: {
  actorId: string;
  actorRole: string;
  action: string;
  place: GrievancePlace;
  after: Record<string, unknown>;
  requestId?: string | null;
  workflowId?: string | null;
  eventSeq?: number | null;
  reason?: string | null;
  at?: Date;
}): AuditRowContent {
  return {
    at: input.at ?? new Date(),
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    journeyId: null,
    programmeId: input.place.programmeId,
    regionCode: input.place.regionCode,
    reason: input.reason ?? null,
    before: null,
    after: input.after,
    requestId: input.requestId ?? null,
    idempotencyKey: null,
    workflowId: input.workflowId ?? null,
    runId: null,
    eventSeq: input.eventSeq ?? null,
    source: 'GRIEVANCE',
  };
}
