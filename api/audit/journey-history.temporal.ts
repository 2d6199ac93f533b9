import type { Client } from '@temporalio/client';
import { tsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { emptyItem, type HistoryItem } from './journey-history.item';
import type { RecordTransitionResult } from '../../domain/journey/journey-recording.types';
import { decodePayload as decode, localActivityMarker } from './local-activity-marker';

type Event = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

type Envelope = {
  idempotencyKey?: string;
  requestId?: string;
  actor?: { userId?: string; role?: string };
  command?: Record<string, unknown>;
};

/** A Temporal history event as a history item: the update, timer and activity details decoded; ids and codes only. */
export function toHistoryItem(e: Event, runId: string): HistoryItem {
  const kind = (EventType[e.eventType ?? 0] ?? 'EVENT_TYPE_UNSPECIFIED').replace(/^EVENT_TYPE_/, '');
  const item = emptyItem('TEMPORAL', e.eventTime ? tsToDate(e.eventTime) : new Date(0), kind);
  item.runId = runId;
  item.workflowEventId = num(e.eventId);
  const a = e.workflowExecutionUpdateAcceptedEventAttributes;
  if (a) {
    const envelope = decode<Envelope>(a.acceptedRequest?.input?.args?.payloads?.[0]);
    item.name = a.acceptedRequest?.input?.name ?? null;
    item.updateId = a.acceptedRequest?.meta?.updateId ?? null;
    item.actorId = envelope?.actor?.userId ?? null;
    item.actorRole = envelope?.actor?.role ?? null;
    item.requestId = envelope?.requestId ?? null;
    item.idempotencyKey = envelope?.idempotencyKey ?? null;
    item.detail = envelope?.command ? { command: envelope.command } : null;
  }
  const c = e.workflowExecutionUpdateCompletedEventAttributes;
  if (c) {
    item.updateId = c.meta?.updateId ?? null;
    item.detail = { acceptedEventId: num(c.acceptedEventId), outcome: c.outcome?.failure ? 'FAILURE' : 'SUCCESS' };
  }
  const s = e.workflowExecutionStartedEventAttributes;
  if (s) {
    item.name = s.workflowType?.name ?? null;
    item.detail = {
      firstExecutionRunId: s.firstExecutionRunId ?? null,
      continuedExecutionRunId: s.continuedExecutionRunId || null,
    };
  }
  const ts = e.timerStartedEventAttributes;
  if (ts) {
    item.name = ts.timerId ?? null;
    item.detail = { startToFireSeconds: num(ts.startToFireTimeout?.seconds) };
  }
  const tf = e.timerFiredEventAttributes;
  if (tf) {
    item.name = tf.timerId ?? null;
    item.detail = { startedEventId: num(tf.startedEventId) };
  }
  const tc = e.timerCanceledEventAttributes;
  if (tc) {
    item.name = tc.timerId ?? null;
    item.detail = { startedEventId: num(tc.startedEventId) };
  }
  const as = e.activityTaskScheduledEventAttributes;
  if (as) {
    item.name = as.activityType?.name ?? null;
    item.detail = { activityId: as.activityId ?? null };
  }
  const ac = e.activityTaskCompletedEventAttributes;
  if (ac) item.detail = { scheduledEventId: num(ac.scheduledEventId), result: decode(ac.result?.payloads?.[0]) };
  const af = e.activityTaskFailedEventAttributes;
  if (af) item.detail = { scheduledEventId: num(af.scheduledEventId), failure: af.failure?.message ?? null };
  const la = localActivityMarker(e);
  if (la) {
    // The journey recording's result names the steps it recorded: auditors get their seqs here, the steps from
    // journey_event.
    const r = la.result as RecordTransitionResult | null;
    item.name = la.activityType;
    item.detail = {
      activityId: la.activityId,
      attempt: la.attempt,
      recordedSeq: r?.recordedSeq ?? null,
      steps: r?.recorded?.steps.map((st) => st.seq) ?? null,
    };
  }
  const can = e.workflowExecutionContinuedAsNewEventAttributes;
  if (can) item.detail = { newExecutionRunId: can.newExecutionRunId ?? null };
  return item;
}

/**
 * Where to pick a workflow's history up again: after event `afterEventId` of run `runId`, reading
 * from the server page that held it (`pageToken`, base64url; absent: from the run's first page).
 */
export interface TemporalResume {
  runId: string;
  afterEventId: number;
  pageToken?: string | null;
}

const notFound = (err: unknown): boolean => {
  const e = err as { code?: number; name?: string; cause?: { code?: number } };
  return e.code === 5 || e.cause?.code === 5 || e.name === 'WorkflowNotFoundError';
};
const invalidArgument = (err: unknown): boolean => (err as { code?: number }).code === 3;

/**
 * The first run of the chain, as the server names it (describe), or from the latest run's started event on servers
 * that do not.
 */
async function firstRunId(client: Client, workflowId: string): Promise<string | null> {
  const handle = client.workflow.getHandle(workflowId);
  const first = (await handle.describe()).raw.workflowExecutionInfo?.firstRunId;
  if (first) return first;
  const latest = (await handle.fetchHistory()).events ?? [];
  return latest[0]?.workflowExecutionStartedEventAttributes?.firstExecutionRunId ?? null;
}

/**
 * One server page of a run's history (`pageSize`: the server counts it in event batches; 0: its default), from
 * `token` (empty: the first page).
 */
async function historyPage(client: Client, workflowId: string, runId: string, token: Uint8Array, pageSize: number) {
  const res = await client.workflowService.getWorkflowExecutionHistory({
    namespace: client.options.namespace,
    execution: { workflowId, runId },
    nextPageToken: token,
    maximumPageSize: pageSize,
  });
  return { events: res.history?.events ?? [], next: res.nextPageToken?.length ? res.nextPageToken : null };
}

/**
 * Every event of `journey-<id>` as the Temporal server holds it, run after run: from the first run
 * (or from `resume`: the events after it), each continued-as-new event naming the next run. One
 * server page in memory at a time; each item names the page it came in (`temporalPageToken`). Nothing
 * when the workflow is unknown to the server (e.g. past retention).
 */
export async function* temporalHistory(
  client: Client,
  workflowId: string,
  resume?: TemporalResume | null,
  pageSize = 0,
): AsyncGenerator<HistoryItem> {
  let runId: string | null;
  try {
    runId = resume?.runId ?? (await firstRunId(client, workflowId));
  } catch (err) {
    if (notFound(err)) return;
    throw err;
  }
  let after = resume?.afterEventId ?? 0;
  let token = Buffer.from(resume?.pageToken ?? '', 'base64url');
  const seen = new Set<string>();
  while (runId && !seen.has(runId)) {
    seen.add(runId);
    let next: string | null = null;
    for (let page: Uint8Array | null = token; page;) {
      let got: Awaited<ReturnType<typeof historyPage>>;
      try {
        got = await historyPage(client, workflowId, runId, page, pageSize);
      } catch (err) {
        if (!invalidArgument(err) || page.length === 0) throw err;
        // A page token the server refuses (INVALID_ARGUMENT): read the run from its start, skipping what was given.
        page = Buffer.alloc(0);
        continue;
      }
      const pageToken = Buffer.from(page).toString('base64url');
      for (const e of got.events) {
        if (Number(e.eventId) > after) yield { ...toHistoryItem(e, runId), temporalPageToken: pageToken || null };
        next = e.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? next;
      }
      page = got.next;
    }
    after = 0;
    token = Buffer.alloc(0);
    runId = next;
  }
}
