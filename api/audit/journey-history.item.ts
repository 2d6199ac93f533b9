/** One merged history item before it becomes GraphQL (also what the exports write). */
export interface HistoryItem {
  source: 'TEMPORAL' | 'AUDIT_LOG';
  at: Date;
  kind: string;
  name: string | null;
  runId: string | null;
  workflowEventId: number | null;
  auditRowId: string | null;
  actorId: string | null;
  actorRole: string | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  idempotencyKey: string | null;
  updateId: string | null;
  detail: Record<string, unknown> | null;
  /** A recorded journey step (audit row JOURNEY_EVENT): when it happened in the field (journey_event.at). */
  occurredAt: Date | null;
  /** A recorded journey step: when the server recorded it (journey_event.recorded_at); later for records sent late. */
  recordedAt: Date | null;
  /**
   * Temporal events: the server page of the run's history the event came in (base64url; empty for the first page),
   * so a cursor resumes there. Not shown.
   */
  temporalPageToken?: string | null;
}

export const emptyItem = (source: HistoryItem['source'], at: Date, kind: string): HistoryItem => ({
  source,
  at,
  kind,
  name: null,
  runId: null,
  workflowEventId: null,
  auditRowId: null,
  actorId: null,
  actorRole: null,
  reason: null,
  before: null,
  after: null,
  requestId: null,
  idempotencyKey: null,
  updateId: null,
  detail: null,
  occurredAt: null,
  recordedAt: null,
});
