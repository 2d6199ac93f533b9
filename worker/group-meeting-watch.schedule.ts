import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleHandle,
  type ScheduleOptionsStartWorkflowAction,
} from '@temporalio/client';
import type { groupMeetingWatchWorkflow } from '../workflows/group/group-meeting-watch.workflow';
import {
  GROUP_MEETING_WATCH_WORKFLOW,
  groupMeetingWatchScheduleId,
  groupMeetingWatchWorkflowId,
} from '../workflows/group/group-meeting-watch.messages';

export interface GroupMeetingWatchScheduleOptions {
  /** The worker's task queue: the schedule starts the watch there, and is named after it. */
  taskQueue: string;
  /** Minutes between two rounds (GROUP_MEETING_WATCH_MINUTES). */
  everyMinutes: number;
  /**
   * Create it paused: it then runs only when triggered. The tests' harness does, so no round starts on its own
   * in the middle of another test file; an existing schedule keeps the state it has (an operator's pause too).
   */
  paused?: boolean;
}

/**
 * Creates the Temporal Schedule of the group meeting watch, or brings an existing one to this worker's interval
 * and workflow: every worker does at start-up, so the first one creates it and the others (and restarts) find
 * it. A round is skipped while the previous one still runs; after an outage at most one missed round is taken.
 */
export async function ensureGroupMeetingWatchSchedule(
  client: Client,
  options: GroupMeetingWatchScheduleOptions,
): Promise<ScheduleHandle> {
  const scheduleId = groupMeetingWatchScheduleId(options.taskQueue);
  const every = options.everyMinutes * 60_000; // milliseconds
  const spec = { intervals: [{ every }] };
  const action: ScheduleOptionsStartWorkflowAction<typeof groupMeetingWatchWorkflow> = {
    type: 'startWorkflow',
    workflowType: GROUP_MEETING_WATCH_WORKFLOW,
    workflowId: groupMeetingWatchWorkflowId(options.taskQueue),
    taskQueue: options.taskQueue,
    args: [],
  };
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: every, pauseOnFailure: false };
  try {
    return await client.schedule.create({
      scheduleId,
      spec,
      action,
      policies,
      state: { paused: options.paused ?? false, note: 'Escalates groups that stopped meeting (Jejak worker)' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    const handle = client.schedule.getHandle(scheduleId);
    await handle.update((previous) => ({ ...previous, spec, action, policies, state: previous.state }));
    return handle;
  }
}
