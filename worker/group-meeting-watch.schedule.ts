import type { Client, ScheduleHandle } from '@temporalio/client';
import {
  GROUP_MEETING_WATCH_WORKFLOW,
  groupMeetingWatchScheduleId,
  groupMeetingWatchWorkflowId,
} from '../workflows/group/group-meeting-watch.messages';
import { ensureIntervalSchedule } from './interval-schedule';

export interface GroupMeetingWatchScheduleOptions {
  /** The worker's task queue: the schedule starts the watch there, and is named after it. */
  taskQueue: string;
  /** Minutes between two rounds (GROUP_MEETING_WATCH_MINUTES). */
  everyMinutes: number;
  /** Create it paused (the tests' harness): it then runs only when triggered. */
  paused?: boolean;
}

/**
 * Creates the Temporal Schedule of the group meeting watch, or brings an existing one to this worker's interval
 * and workflow (ensureIntervalSchedule).
 */
export const ensureGroupMeetingWatchSchedule = (
  client: Client,
  options: GroupMeetingWatchScheduleOptions,
): Promise<ScheduleHandle> =>
  ensureIntervalSchedule(client, {
    scheduleId: groupMeetingWatchScheduleId(options.taskQueue),
    workflowType: GROUP_MEETING_WATCH_WORKFLOW,
    workflowId: groupMeetingWatchWorkflowId(options.taskQueue),
    taskQueue: options.taskQueue,
    everyMinutes: options.everyMinutes,
    note: 'Escalates groups that stopped meeting (Jejak worker)',
    paused: options.paused,
  });
