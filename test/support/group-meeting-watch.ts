import type { GroupMeetingWatchResult } from '../../domain/group/group-meeting-watch.types';
import { groupMeetingWatchScheduleId } from '../../workflows/group/group-meeting-watch.messages';
import type { AppHarness } from './app-harness';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One round of the group meeting watch, as its Temporal Schedule runs it: triggers the harness's schedule (created
 * paused by the harness, as the worker creates it) and waits for the workflow the round started; answers its
 * counts. Rounds are started at least a second apart: Temporal names a round's workflow by its start second.
 */
export async function runGroupMeetingWatch(
  app: Pick<AppHarness, 'client' | 'taskQueue'>,
): Promise<GroupMeetingWatchResult> {
  const schedule = app.client.schedule.getHandle(groupMeetingWatchScheduleId(app.taskQueue));
  const before = (await schedule.describe()).info;
  const last = before.recentActions.at(-1);
  if (last) await pause(Math.max(0, last.takenAt.getTime() + 1_100 - Date.now()));
  await schedule.trigger();
  for (let polls = 0; polls < 300; polls++) {
    const { info } = await schedule.describe();
    const round = info.numActionsTaken > before.numActionsTaken ? info.recentActions.at(-1) : undefined;
    if (round) {
      const { workflowId, firstExecutionRunId } = round.action.workflow;
      return app.client.workflow
        .getHandle(workflowId, firstExecutionRunId)
        .result() as Promise<GroupMeetingWatchResult>;
    }
    await pause(100);
  }
  throw new Error(`the group meeting watch's schedule started no round after a trigger`);
}
