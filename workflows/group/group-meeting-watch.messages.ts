/** The workflow type the group meeting watch's schedule starts (workflows/index.ts exports it by this name). */
export const GROUP_MEETING_WATCH_WORKFLOW = 'groupMeetingWatchWorkflow';

/**
 * The schedule of one deployment's watch: one per task queue, so deployments (or test files) sharing a Temporal
 * namespace each watch with their own workers. The default queue's is `jejak-group-meeting-watch:jejak-journeys`.
 */
export const groupMeetingWatchScheduleId = (taskQueue: string): string => `jejak-group-meeting-watch:${taskQueue}`;

/** The id of the workflows the schedule starts (Temporal appends each run's scheduled time). */
export const groupMeetingWatchWorkflowId = (taskQueue: string): string => `group-meeting-watch:${taskQueue}`;
