import type { AppHarness } from './app-harness';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One round of a Temporal Schedule of the harness (created paused, as the worker creates it, so it runs only when
 * triggered): triggers it and waits for the workflow the round started; answers its result. Rounds are started at
 * least a second apart: Temporal names a round's workflow by its start second.
 */
export async function runScheduleRound<T>(app: Pick<AppHarness, 'client'>, scheduleId: string): Promise<T> {
  const schedule = app.client.schedule.getHandle(scheduleId);
  const before = (await schedule.describe()).info;
  const last = before.recentActions.at(-1);
  if (last) await pause(Math.max(0, last.takenAt.getTime() + 1_100 - Date.now()));
  await schedule.trigger();
  for (let polls = 0; polls < 300; polls++) {
    const { info } = await schedule.describe();
    const round = info.numActionsTaken > before.numActionsTaken ? info.recentActions.at(-1) : undefined;
    if (round) {
      const { workflowId, firstExecutionRunId } = round.action.workflow;
      return app.client.workflow.getHandle(workflowId, firstExecutionRunId).result() as Promise<T>;
    }
    await pause(100);
  }
  throw new Error(`the schedule ${scheduleId} started no round after a trigger`);
}
