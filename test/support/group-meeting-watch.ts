import type { GroupMeetingWatchResult } from '../../domain/group/group-meeting-watch.types';
import { groupMeetingWatchScheduleId } from '../../workflows/group/group-meeting-watch.messages';
import type { AppHarness } from './app-harness';
import { runScheduleRound } from './schedule-round';

/** One round of the group meeting watch, as its Temporal Schedule runs it (runScheduleRound); answers its counts. */
export const runGroupMeetingWatch = (app: Pick<AppHarness, 'client' | 'taskQueue'>): Promise<GroupMeetingWatchResult> =>
  runScheduleRound<GroupMeetingWatchResult>(app, groupMeetingWatchScheduleId(app.taskQueue));
