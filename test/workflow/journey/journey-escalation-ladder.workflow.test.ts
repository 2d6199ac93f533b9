import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { recordedEffects } from '../support/journey-history';
import { eventually, sleepUntil } from '../support/journey-paths';

const DAY = 86_400_000;
const at = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const msAfter = (from: string, to: string | undefined) => Date.parse(to ?? '') - Date.parse(from);

/** Journeys on default v3: the coordinator is told 3 days after a missed deadline, the manager after 7. */
describe('journey workflow: an overdue step climbs the escalation ladder on durable timers', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'a missed assessment goes to the facilitator, 3 days later to the coordinator, 7 days later to the manager',
    () =>
      h.run(async () => {
        const j = await h.start({ rulesVersion: 3 });
        const enrolledAt = (await j.view()).state.enrolledAt;
        const dueAt = at(enrolledAt, 30 * DAY);

        await sleepUntil(j, dueAt, 60_000);
        const late = await eventually(j, (v) => v.state.overdue.length > 0);
        expect(late.state.overdue).toEqual([expect.objectContaining({ dueAt, escalatedTo: 'FACILITATOR' })]);

        await sleepUntil(j, dueAt, 3 * DAY - 60_000);
        expect((await j.view()).state.overdue[0].escalatedTo).toBe('FACILITATOR');
        await sleepUntil(j, dueAt, 3 * DAY + 60_000);
        const coordinator = await eventually(j, (v) => v.state.overdue[0]?.escalatedTo === 'COORDINATOR');
        expect(msAfter(dueAt, coordinator.state.overdue[0].escalatedAt)).toBeGreaterThanOrEqual(3 * DAY);
        expect(msAfter(dueAt, coordinator.state.overdue[0].escalatedAt)).toBeLessThan(3 * DAY + 60_000);

        await sleepUntil(j, dueAt, 7 * DAY + 60_000);
        const manager = await eventually(j, (v) => v.state.overdue[0]?.escalatedTo === 'MANAGER');
        expect(msAfter(dueAt, manager.state.overdue[0].escalatedAt)).toBeGreaterThanOrEqual(7 * DAY);
        expect(msAfter(dueAt, manager.state.overdue[0].escalatedAt)).toBeLessThan(7 * DAY + 60_000);
        await eventually(j, () => recordedEffects(j).length === 3);
        expect(recordedEffects(j).map((e) => [e.kind, e.reason])).toEqual([
          ['ESCALATE_TO_FACILITATOR', 'ASSESSMENT overdue'],
          ['ESCALATE_TO_COORDINATOR', 'ASSESSMENT overdue'],
          ['ESCALATE_TO_MANAGER', 'ASSESSMENT overdue'],
        ]);

        // The top of the ladder: however long the step stays late, nobody is told again.
        await h.env.sleep(30 * DAY);
        expect((await j.view()).state.seq).toBe(manager.state.seq);
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('escalation-ladder-to-manager');
      }),
    120_000,
  );

  it(
    "done before the coordinator's rung: nobody else is told",
    () =>
      h.run(async () => {
        const j = await h.start({ rulesVersion: 3 });
        const dueAt = at((await j.view()).state.enrolledAt, 30 * DAY);
        await sleepUntil(j, dueAt, 60_000);
        await eventually(j, (v) => v.state.overdue.length > 0);
        await h.env.sleep(DAY);
        const done = await j.send({
          type: 'submitAssessment',
          evidenceId: 'ev-assessment',
          needs: ['CAPITAL'],
          incomeToMinimumWageRatio: 0.35,
        });
        expect(done.state.overdue).toEqual([]);

        await sleepUntil(j, dueAt, 8 * DAY); // past both rungs (the plan approval, due day 44 of PLANNING, not yet)
        expect((await j.view()).state.seq).toBe(done.state.seq);
        expect(recordedEffects(j).map((e) => e.kind)).toEqual(['ESCALATE_TO_FACILITATOR']);
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
      }),
    120_000,
  );
});
