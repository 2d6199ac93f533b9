import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { JourneyClient } from './journey-workflow-harness';

type History = temporal.api.history.v1.IHistory;
const EventType = temporal.api.enums.v1.EventType;

export interface JourneyRun {
  runId: string;
  history: History;
}

/**
 * Every run of one journey, first to latest: the workflow continues as new at each stage change,
 * so a journey is a chain of runs linked by `newExecutionRunId` on the ContinuedAsNew event.
 */
export async function journeyRuns(j: JourneyClient): Promise<JourneyRun[]> {
  const client = j.harness.env.client;
  const runs: JourneyRun[] = [];
  let runId: string | undefined = j.firstRunId;
  while (runId) {
    const history = await client.workflow.getHandle(j.handle.workflowId, runId).fetchHistory();
    runs.push({ runId, history });
    const last = history.events?.at(-1);
    runId =
      last?.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
        ? (last.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined)
        : undefined;
  }
  return runs;
}

/** Update ids that made it into a history (accepted or completed): a rejected update must never appear. */
export function updateIdsIn(history: History): string[] {
  return (history.events ?? []).flatMap((e) => {
    const accepted = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId;
    const completed = e.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId;
    return [accepted, completed].filter((id): id is string => typeof id === 'string');
  });
}

export async function allUpdateIds(j: JourneyClient): Promise<string[]> {
  return (await journeyRuns(j)).flatMap((r) => updateIdsIn(r.history));
}

/** Awaits a command expected to be rejected and returns the error code (the ApplicationFailure type). */
export async function rejectionCode(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type)
      return err.cause.type;
    throw err;
  }
  throw new Error('expected the command to be rejected, but it was applied');
}

/** Seqs the recorder was handed for one journey, in the order it received them. */
export function recordedSeqs(j: JourneyClient): number[] {
  return j.harness.recorded
    .filter((r) => r.view.state.journeyId === j.journeyId)
    .flatMap((r) => r.steps.map((s) => s.seq));
}

export function recordedEffects(j: JourneyClient): { seq: number; kind: string; reason: string }[] {
  return j.harness.recorded
    .filter((r) => r.view.state.journeyId === j.journeyId)
    .flatMap((r) => r.steps.flatMap((s) => s.effects.map((e) => ({ seq: s.seq, kind: e.kind, reason: e.reason }))));
}

/**
 * History <-> plain JSON through @temporalio/proto's own protobufjs (toObject/fromObject: int64 and
 * bytes as strings, enums by name). `historyToJSON`/`historyFromJSON` from
 * @temporalio/common/lib/proto-utils fail in this install ("type must be a Type": @temporalio/common
 * and @temporalio/proto each carry their own protobufjs 8 copy).
 */
export function historyToPlain(history: History): unknown {
  const H = temporal.api.history.v1.History;
  return H.toObject(H.fromObject(history), { longs: String, enums: String, bytes: String });
}

export function historyFromPlain(plain: unknown): temporal.api.history.v1.History {
  return temporal.api.history.v1.History.fromObject(plain as Record<string, unknown>);
}
