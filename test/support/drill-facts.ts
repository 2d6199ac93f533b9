/**
 * What a fault drill counts afterwards, from the three places a journey lives: the Temporal
 * history (every run), the read model (journey, journey_event) and the audit log. The history is
 * the ground truth: every step the workflow handed to the recording activity must be in
 * PostgreSQL exactly once, with no gap in seq.
 */
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { Client as PgClient } from 'pg';
import type { RecordTransitionInput, RecordTransitionResult } from '../../domain/journey/journey-recording.types';
import { localActivityMarker } from '../../api/audit/local-activity-marker';
import { serverHistory } from './audit-graphql';

const T = temporal.api.enums.v1.EventType;
type Event = temporal.api.history.v1.IHistoryEvent;

/** Events that mean a task or the journey failed for good (a retried activity attempt leaves none). */
const FAILURES = new Set([
  T.EVENT_TYPE_WORKFLOW_TASK_FAILED,
  T.EVENT_TYPE_ACTIVITY_TASK_FAILED,
  T.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT,
  T.EVENT_TYPE_ACTIVITY_TASK_CANCELED,
  T.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
  T.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
  T.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
]);

export interface HistoryFacts {
  runs: { runId: string; events: number; updates: number; updateIds: string[] }[];
  /** Update ids accepted into history, every run. */
  updateIds: string[];
  failures: string[];
  /** Highest attempt any recording activity needed (1 = never retried). */
  maxActivityAttempt: number;
  timersFired: number;
  /** Workflow tasks that timed out (e.g. on a worker that died) and were retried. */
  workflowTasksTimedOut: number;
  /** seq -> number of journey events of that step, from the activity inputs in history. */
  stepEvents: Map<number, number>;
}

export async function historyFacts(client: Client, journeyId: string): Promise<HistoryFacts> {
  const all = await serverHistory({ client }, journeyId);
  const byRun = new Map<string, Event[]>();
  for (const { runId, event } of all) byRun.set(runId, [...(byRun.get(runId) ?? []), event]);
  const events = all.map((e) => e.event);
  const stepEvents = new Map<number, number>();
  for (const call of recordingCalls(events))
    for (const step of call.steps) stepEvents.set(step.seq, step.events.length);
  const updateOf = (e: Event) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId;
  return {
    runs: [...byRun].map(([runId, evs]) => {
      const updateIds = evs.map(updateOf).filter((u): u is string => typeof u === 'string');
      return { runId, events: evs.length, updates: updateIds.length, updateIds };
    }),
    updateIds: events.map(updateOf).filter((u): u is string => typeof u === 'string'),
    failures: events.filter((e) => FAILURES.has(e.eventType!)).map((e) => `${T[e.eventType!]} #${String(e.eventId)}`),
    maxActivityAttempt: Math.max(
      1,
      ...events.map((e) => e.activityTaskStartedEventAttributes?.attempt ?? localActivityMarker(e)?.attempt ?? 1),
    ),
    timersFired: events.filter((e) => e.eventType === T.EVENT_TYPE_TIMER_FIRED).length,
    workflowTasksTimedOut: events.filter((e) => e.eventType === T.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT).length,
    stepEvents,
  };
}

export type RecordingCall = Pick<RecordTransitionInput, 'workflowId' | 'runId' | 'steps'>;

/**
 * The steps the workflow handed to the recording activity, every call in these events: a remote
 * activity's input (its scheduled event), or what a local one recorded (its marker's result).
 */
export function recordingCalls(events: Event[]): RecordingCall[] {
  return events.flatMap((e) => {
    const a = e.activityTaskScheduledEventAttributes;
    if (a?.activityType?.name === 'recordJourneyTransition')
      return [defaultPayloadConverter.fromPayload<RecordTransitionInput>(a.input!.payloads![0])];
    const la = localActivityMarker(e);
    const recorded =
      la?.activityType === 'recordJourneyTransition'
        ? (la.result as RecordTransitionResult | null)?.recorded
        : undefined;
    return recorded ? [recorded] : [];
  });
}

export interface StoreFacts {
  seq: number;
  stage: string;
  status: string;
  overdue: boolean;
  /** (seq, ordinal) of every journey_event row, in order. */
  events: { seq: number; ordinal: number; type: string; key: string | null }[];
  /** event_seq of every JOURNEY_EVENT audit row, in order. */
  auditSeqs: number[];
}

export async function storeFacts(pg: PgClient, journeyId: string): Promise<StoreFacts> {
  const j = await pg.query('select seq, stage, status, overdue from journey where id = $1', [journeyId]);
  const ev = await pg.query(
    'select seq, ordinal, type, idempotency_key as key from journey_event where journey_id = $1 order by seq, ordinal',
    [journeyId],
  );
  const au = await pg.query(
    `select event_seq from audit_log where journey_id = $1 and source = 'JOURNEY_EVENT' order by event_seq`,
    [journeyId],
  );
  if (j.rowCount !== 1) throw new Error(`journey ${journeyId} is not in the read model`);
  return { ...j.rows[0], events: ev.rows, auditSeqs: au.rows.map((r) => r.event_seq as number) };
}

/**
 * Exactly once, no gaps: one audit row per step 1..seq, and per step exactly the events the workflow
 * handed to the recording activity (ordinals 0..n-1), nothing else. Returns the facts for more checks.
 */
export async function expectRecordedExactlyOnce(
  pg: PgClient,
  client: Client,
  journeyId: string,
): Promise<{ store: StoreFacts; history: HistoryFacts }> {
  const [store, history] = [await storeFacts(pg, journeyId), await historyFacts(client, journeyId)];
  const steps = Array.from({ length: store.seq }, (_, i) => i + 1);
  expect(store.auditSeqs).toEqual(steps);
  expect([...history.stepEvents.keys()].sort((a, b) => a - b)).toEqual(steps);
  const expected = steps.flatMap((seq) =>
    Array.from({ length: history.stepEvents.get(seq)! }, (_, ordinal) => `${seq}:${ordinal}`),
  );
  expect(store.events.map((e) => `${e.seq}:${e.ordinal}`)).toEqual(expected);
  expect(history.failures).toEqual([]);
  return { store, history };
}

/**
 * Polls `check` every 100 ms until it holds; fails naming `what` after the deadline (no fixed sleeps in the
 * drills).
 */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
