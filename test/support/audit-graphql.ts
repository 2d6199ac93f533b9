import type { temporal } from '@temporalio/proto';
import { authHeaders, type AppHarness, type GqlResult, type Json } from './app-harness';

export const AUDITOR = { user: 'auditor-1', role: 'auditor' };

const HISTORY_FIELDS =
  'position source at kind name runId workflowEventId auditRowId actorId actorRole reason before after requestId ' +
  'idempotencyKey updateId detail occurredAt recordedAt';
export const AUDIT_FIELDS =
  'id at actorId actorRole action journeyId programmeId regionCode reason before after requestId idempotencyKey ' +
  'workflowId runId eventSeq source prevHash hash';

/** One journeyHistory event as HISTORY_FIELDS reads it (JSONObject fields untyped). */
export interface HistoryEvent {
  position: number;
  source: string;
  at: string;
  kind: string;
  name: string | null;
  runId: string | null;
  workflowEventId: number | null;
  auditRowId: string | null;
  actorId: string | null;
  actorRole: string | null;
  reason: string | null;
  before: Json;
  after: Json;
  requestId: string | null;
  idempotencyKey: string | null;
  updateId: string | null;
  detail: Json;
  occurredAt: string | null;
  recordedAt: string | null;
}

/** One auditLog row as AUDIT_FIELDS reads it (JSONObject fields untyped). */
export interface AuditRow {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  journeyId: string | null;
  programmeId: string | null;
  regionCode: string | null;
  reason: string | null;
  before: Json;
  after: Json;
  requestId: string | null;
  idempotencyKey: string | null;
  workflowId: string | null;
  runId: string | null;
  eventSeq: number | null;
  source: string;
  prevHash: string;
  hash: string;
}

/** Every page of journeyHistory, as an auditor. */
export async function fullHistory(
  app: Pick<AppHarness, 'gql'>,
  journeyId: string,
  first = 1000,
): Promise<HistoryEvent[]> {
  const items: HistoryEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GqlResult = await app.gql(
      `query($id: ID!, $first: Int!, $after: String) { journeyHistory(journeyId: $id, first: $first, after: $after) {
      edges { cursor node { ${HISTORY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { id: journeyId, first, after },
      AUDITOR,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    items.push(...res.data!.journeyHistory.edges.map((e: { node: HistoryEvent }) => e.node));
    if (!res.data!.journeyHistory.pageInfo.hasNextPage) return items;
    after = res.data!.journeyHistory.pageInfo.endCursor;
  }
}

/** Every page of auditLog for a filter, as an auditor. */
export async function fullAuditLog(
  app: Pick<AppHarness, 'gql'>,
  filter: Record<string, unknown>,
  first = 500,
): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GqlResult = await app.gql(
      `query($f: AuditLogFilter, $first: Int!, $after: String) { auditLog(filter: $f, first: $first, after: $after) {
      edges { node { ${AUDIT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { f: filter, first, after },
      AUDITOR,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    rows.push(...res.data!.auditLog.edges.map((e: { node: AuditRow }) => e.node));
    if (!res.data!.auditLog.pageInfo.hasNextPage) return rows;
    after = res.data!.auditLog.pageInfo.endCursor;
  }
}

export async function verifyChain(app: Pick<AppHarness, 'gql'>, fromId?: string, toId?: string) {
  const res = await app.gql(
    'query($from: ID, $to: ID) { verifyAuditChain(fromId: $from, toId: $to) ' +
      '{ ok checkedRows firstBrokenId problem lastHash } }',
    { from: fromId ?? null, to: toId ?? null },
    AUDITOR,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.verifyAuditChain as {
    ok: boolean;
    checkedRows: number;
    firstBrokenId: string | null;
    problem: string | null;
  };
}

/** The Temporal server's own history of journey-<id>, run after run (first run, then each continued-as-new). */
export async function serverHistory(
  app: Pick<AppHarness, 'client'>,
  journeyId: string,
): Promise<{ runId: string; event: temporal.api.history.v1.IHistoryEvent }[]> {
  const workflowId = `journey-${journeyId}`;
  const first =
    (await app.client.workflow.getHandle(workflowId).describe()).raw.workflowExecutionInfo?.firstRunId ??
    (await app.client.workflow.getHandle(workflowId).fetchHistory()).events![0].workflowExecutionStartedEventAttributes!
      .firstExecutionRunId!;
  const out: { runId: string; event: temporal.api.history.v1.IHistoryEvent }[] = [];
  let runId: string | null = first;
  while (runId) {
    const events: temporal.api.history.v1.IHistoryEvent[] =
      (await app.client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
    for (const event of events) out.push({ runId, event });
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? null;
  }
  return out;
}

/** GET an export as the given identity. */
export async function getExport(
  app: AppHarness,
  path: string,
  identity: { user: string; role: string } | null = AUDITOR,
) {
  const headers = await authHeaders(identity);
  const res = await fetch(`${app.api.url}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}
