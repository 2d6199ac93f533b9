import type { Client } from '@temporalio/client';
import { tsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { emptyItem, type HistoryItem } from './journey-history.item';
import type { RecordTransitionResult } from '../../activities/journey/journey-recording.types';
import { decodePayload as decode, localActivityMarker } from './local-activity-marker';

type Event = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));


type Envelope = { idempotencyKey?: string; requestId?: string; actor?: { userId?: string; role?: string }; command?: Record<string, unknown> };

/** A Temporal history event as a history item: the update, timer and activity details decoded; ids and codes only. */
export function toHistoryItem(e: Event, runId: string): HistoryItem {
  const kind = (EventType[e.eventType ?? 0] ?? 'EVENT_TYPE_UNSPECIFIED').replace(/^EVENT_TYPE_/, '');
  const item = emptyItem('TEMPORAL', e.eventTime ? tsToDate(e.eventTime as never) : new Date(0), kind);
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
    item.detail = { firstExecutionRunId: s.firstExecutionRunId ?? null, continuedExecutionRunId: s.continuedExecutionRunId || null };
  }
  const ts = e.timerStartedEventAttributes;
  if (ts) { item.name = ts.timerId ?? null; item.detail = { startToFireSeconds: num(ts.startToFireTimeout?.seconds) }; }
  const tf = e.timerFiredEventAttributes;
  if (tf) { item.name = tf.timerId ?? null; item.detail = { startedEventId: num(tf.startedEventId) }; }
  const tc = e.timerCanceledEventAttributes;
  if (tc) { item.name = tc.timerId ?? null; item.detail = { startedEventId: num(tc.startedEventId) }; }
  const as = e.activityTaskScheduledEventAttributes;
  if (as) { item.name = as.activityType?.name ?? null; item.detail = { activityId: as.activityId ?? null }; }
  const ac = e.activityTaskCompletedEventAttributes;
  if (ac) item.detail = { scheduledEventId: num(ac.scheduledEventId), result: decode(ac.result?.payloads?.[0]) };
  const af = e.activityTaskFailedEventAttributes;
  if (af) item.detail = { scheduledEventId: num(af.scheduledEventId), failure: af.failure?.message ?? null };
  const la = localActivityMarker(e);
  if (la) {
    // The journey recording's result names the steps it recorded: auditors get their seqs here, the steps from journey_event.
    const r = la.result as RecordTransitionResult | null;
    item.name = la.activityType;
    item.detail = { activityId: la.activityId, attempt: la.attempt, recordedSeq: r?.recordedSeq ?? null, steps: r?.recorded?.steps.map((st) => st.seq) ?? null };
  }
  const can = e.workflowExecutionContinuedAsNewEventAttributes;
  if (can) item.detail = { newExecutionRunId: can.newExecutionRunId ?? null };
  return item;
}

/** Where to pick a workflow's history up again: after event `afterEventId` of run `runId`. */
export interface TemporalResume { runId: string; afterEventId: number }

const notFound = (err: unknown): boolean => {
  const e = err as { code?: number; name?: string; cause?: { code?: number } };
  return e.code === 5 || e.cause?.code === 5 || e.name === 'WorkflowNotFoundError';
};

/** The first run of the chain, as the server names it (describe), or from the latest run's started event on servers that do not. */
async function firstRunId(client: Client, workflowId: string): Promise<string | null> {
  const handle = client.workflow.getHandle(workflowId);
  const described = await handle.describe();
  const first = described.raw.workflowExecutionInfo?.firstRunId;
  if (first) return first;
  const latest = (await handle.fetchHistory()).events ?? [];
  return latest[0]?.workflowExecutionStartedEventAttributes?.firstExecutionRunId ?? null;
}

/**
 * Every event of `journey-<id>` as the Temporal server holds it, run after run: from the first run
 * (or from `resume`: the events after it), each continued-as-new event naming the next run. One
 * run's history in memory at a time. Nothing when the workflow is unknown to the server (e.g. past
 * retention).
 */
export async function* temporalHistory(client: Client, workflowId: string, resume?: TemporalResume | null): AsyncGenerator<HistoryItem> {
  let runId: string | null;
  try {
    runId = resume?.runId ?? (await firstRunId(client, workflowId));
  } catch (err) {
    if (notFound(err)) return;
    throw err;
  }
  let after = resume?.afterEventId ?? 0;
  const seen = new Set<string>();
  while (runId && !seen.has(runId)) {
    seen.add(runId);
    const events = (await client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
    for (const e of events) if (Number(e.eventId) > after) yield toHistoryItem(e, runId);
    after = 0;
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? null;
  }
}
