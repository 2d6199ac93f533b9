import type { AuditRowContent } from './audit-hash';

/**
 * One CONFIGURATION audit row: an admin changed a programme's configuration (set-up, a published rules
 * version), with the reason and what changed. Configuration holds no personal data.
 */
export function configurationAuditRow(input: {
  actorId: string;
  actorRole: string;
  action: string;
  programmeId: string | null;
  reason: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  requestId?: string | null;
  at: Date;
}): AuditRowContent {
  return {
    at: input.at,
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    journeyId: null,
    programmeId: input.programmeId,
    regionCode: null,
    reason: input.reason,
    before: input.before,
    after: input.after,
    requestId: input.requestId ?? null,
    idempotencyKey: null,
    workflowId: null,
    runId: null,
    eventSeq: null,
    source: 'CONFIGURATION',
  };
}
