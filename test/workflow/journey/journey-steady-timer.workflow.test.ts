import { temporal } from '@temporalio/proto';
import { JourneyWorkflowHarness, type JourneyClient } from '../support/journey-workflow-harness';
import { journeyRuns, recordedEffects } from '../support/journey-history';
import { assessAndApprove, attendSession, eventually, sleepUntil } from '../support/journey-paths';

const DAY = 86_400_000;
const EventType = temporal.api.enums.v1.EventType;
const TIMER = EventType.EVENT_TYPE_TIMER_STARTED;
type Events = temporal.api.history.v1.IHistoryEvent[];

const count = (events: Events, type: temporal.api.enums.v1.EventType) =>
  events.filter((e) => e.eventType === type).length;

/** Polls the journey's runs until `ready` holds, and answers the latest run's events. */
async function eventuallyRun(j: JourneyClient, ready: (runs: Events[]) => boolean): Promise<Events> {
  for (let tries = 0; tries < 200; tries++) {
    const runs = (await journeyRuns(j)).map((r) => r.history.events ?? []);
    if (ready(runs)) return runs.at(-1)!;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the journey never reached the expected run');
}

describe('journey workflow: a command that leaves the next deadline in place keeps its timer', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'sessions and attendance start no timer and upsert nothing; a moved module end re-arms it; the deadline fires',
    () =>
      h.run(async () => {
        const j = await h.start();
        const running = await assessAndApprove(j);
        const { moduleId, plannedEnd } = running.state.modules[0];
        const latestRun = async () => (await journeyRuns(j)).at(-1)!.history.events ?? [];
        // The plan's approval moved the stage, so the journey continues as new: count in the run that follows,
        // once it waits on its module's end and has recorded a first session (a run's first recording marks its
        // patch, and Temporal upserts the patch's TemporalChangeVersion search attribute with it).
        await eventuallyRun(j, (runs) => runs.length >= 3 && count(runs.at(-1)!, TIMER) > 0);
        await attendSession(j, moduleId, 1);
        const before = await latestRun();
        for (let i = 2; i <= 10; i++) await attendSession(j, moduleId, i);
        const after = await latestRun();
        expect(count(after, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED)).toBe(
          count(before, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED) + 18,
        );
        // Eighteen steps recorded, the module's end timer untouched, the search attributes unchanged.
        expect(count(after, TIMER)).toBe(count(before, TIMER));
        expect(count(after, EventType.EVENT_TYPE_TIMER_CANCELED)).toBe(0);
        expect(count(after, EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES)).toBe(
          count(before, EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES),
        );

        // Extending the module moves its end: the old timer is cancelled and one for the new end started.
        const extended = await j.send({ type: 'extendModule', moduleId, extraDays: 30, reasonEvidenceId: 'ev-ext' });
        const newEnd = extended.state.modules[0].plannedEnd;
        expect(Date.parse(newEnd) - Date.parse(plannedEnd)).toBe(30 * DAY);
        const moved = await latestRun();
        expect(count(moved, EventType.EVENT_TYPE_TIMER_CANCELED)).toBe(1);
        expect(count(moved, TIMER)).toBe(count(after, TIMER) + 1);

        // The old end plus grace passes without effect; the new one makes the module overdue and escalates once.
        await sleepUntil(j, plannedEnd, 14 * DAY + 60_000);
        expect((await j.view()).state.overdue).toEqual([]);
        await sleepUntil(j, newEnd, 14 * DAY + 60_000);
        const late = await eventually(j, (v) => v.state.overdue.length > 0);
        expect(late.state.overdue).toEqual([
          expect.objectContaining({ kind: 'MODULE_END', key: `MODULE_END:${moduleId}:${newEnd}` }),
        ]);
        await eventually(j, () => recordedEffects(j).length > 0);
        expect(recordedEffects(j)).toEqual([
          { seq: late.state.seq, kind: 'ESCALATE_TO_MANAGER', reason: 'MODULE_END overdue' },
        ]);
        // Being overdue is a search attribute operators filter on: that step upserts it.
        const overdue = await latestRun();
        expect(count(overdue, EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES)).toBe(
          count(moved, EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES) + 1,
        );

        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('steady-timer-in-intervention');
      }),
    120_000,
  );
});
