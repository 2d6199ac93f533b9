import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleHandle,
  type ScheduleOptionsStartWorkflowAction,
} from '@temporalio/client';
import type { Workflow } from '@temporalio/common';

export interface IntervalScheduleOptions {
  scheduleId: string;
  /** The workflow type each round starts, with no arguments. */
  workflowType: string;
  /** The id of the workflows it starts (Temporal appends each round's scheduled time). */
  workflowId: string;
  taskQueue: string;
  everyMinutes: number;
  /** What the schedule is for, shown by `temporal schedule describe`. */
  note: string;
  /**
   * Create it paused: it then runs only when triggered. The tests' harness does, so no round starts on its own
   * in the middle of another test file; an existing schedule keeps the state it has (an operator's pause too).
   */
  paused?: boolean;
}

/**
 * Creates a Temporal Schedule that starts a workflow every `everyMinutes`, or brings an existing one to this
 * worker's interval and workflow: every worker does at start-up, so the first one creates it and the others (and
 * restarts) find it. A round is skipped while the previous one still runs; after an outage at most one missed
 * round is taken.
 */
export async function ensureIntervalSchedule(
  client: Client,
  options: IntervalScheduleOptions,
): Promise<ScheduleHandle> {
  const every = options.everyMinutes * 60_000; // milliseconds
  const spec = { intervals: [{ every }] };
  const action: ScheduleOptionsStartWorkflowAction<Workflow> = {
    type: 'startWorkflow',
    workflowType: options.workflowType,
    workflowId: options.workflowId,
    taskQueue: options.taskQueue,
    args: [],
  };
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: every, pauseOnFailure: false };
  try {
    return await client.schedule.create({
      scheduleId: options.scheduleId,
      spec,
      action,
      policies,
      state: { paused: options.paused ?? false, note: options.note },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    const handle = client.schedule.getHandle(options.scheduleId);
    await handle.update((previous) => ({ ...previous, spec, action, policies, state: previous.state }));
    return handle;
  }
}
