/**
 * The contract of the group meeting watch: a Temporal Schedule starts the watch workflow
 * (workflows/group) every GROUP_MEETING_WATCH_MINUTES; its one activity (activities/group) escalates every
 * open group whose meeting is overdue, once per silence.
 */
export interface GroupMeetingWatchInput {
  /** The moment the watch judges on (ISO 8601): the workflow's start; its UTC day is "today". */
  at: string;
}

/** Counts only: how many open groups were read, how many were overdue, how many escalations were new. */
export interface GroupMeetingWatchResult {
  examined: number;
  overdue: number;
  escalated: number;
}

export interface GroupMeetingWatchActivities {
  /** Escalates the overdue open groups not yet escalated for their current silence (idempotent). */
  escalateOverdueGroups(input: GroupMeetingWatchInput): Promise<GroupMeetingWatchResult>;
}
