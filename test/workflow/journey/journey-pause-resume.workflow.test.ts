import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { recordedEffects, rejectionCode } from '../support/journey-history';
import {
  assessAndApprove,
  eventually,
  graduateAndCommunicate,
  reEvaluate,
  runAllModules,
  sleepUntil,
} from '../support/journey-paths';

const DAY = 86_400_000;

describe('journey workflow: pause and resume move the deadlines', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'a module paused past its end is not escalated; resume moves plannedEnd by the paused time',
    () =>
      h.run(async () => {
        const j = await h.start();
        const planned = await assessAndApprove(j);
        const { moduleId, plannedEnd } = planned.state.modules[0];

        const paused = await j.send({ type: 'pause', reasonEvidenceId: 'ev-pause' });
        expect(paused.status).toBe('PAUSED');
        expect(paused.nextAction).toMatchObject({ action: 'resume', by: 'manager' });
        expect(
          await rejectionCode(
            j.send({
              type: 'scheduleSession',
              moduleId,
              sessionId: 's1',
              sessionType: 'THEORY',
              scheduledAt: await h.nowIso(),
            }),
          ),
        ).toBe('JOURNEY_PAUSED');
        expect(await rejectionCode(j.send({ type: 'pause', reasonEvidenceId: 'ev-pause-2' }))).toBe('JOURNEY_PAUSED');
        expect(await rejectionCode(j.send({ type: 'closeModule', moduleId, reasonEvidenceId: 'ev-close' }))).toBe(
          'JOURNEY_PAUSED',
        );
        // Corrections and reassignment still go through while paused.
        await j.send({ type: 'correctData', field: 'household.size', reasonEvidenceId: 'ev-fix' });

        // The clock stops: 120 days paused is well past plannedEnd + 14 days grace, yet nothing is overdue.
        await h.env.sleep(120 * DAY);
        const still = await j.view();
        expect(still.state.overdue).toEqual([]);
        expect(recordedEffects(j)).toEqual([]);

        const resumed = await j.send({ type: 'resume' });
        expect(resumed.status).toBe('ACTIVE');
        expect(resumed.state.pauseHistory).toEqual([{ since: paused.state.paused!.since, until: expect.any(String) }]);
        const pausedMs = Date.parse(resumed.state.pauseHistory![0].until) - Date.parse(paused.state.paused!.since);
        expect(pausedMs).toBeGreaterThanOrEqual(120 * DAY);
        expect(Date.parse(resumed.state.modules[0].plannedEnd) - Date.parse(plannedEnd)).toBe(pausedMs);
        expect(await rejectionCode(j.send({ type: 'resume' }))).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');

        // The module-end timer now follows the moved date: not a day early, and right after it.
        const newEnd = resumed.state.modules[0].plannedEnd;
        await sleepUntil(j, newEnd, 13 * DAY);
        expect((await j.view()).state.overdue).toEqual([]);
        await sleepUntil(j, newEnd, 14 * DAY + 60_000);
        const late = await eventually(j, (v) => v.state.overdue.length > 0);
        expect(late.state.overdue).toEqual([
          expect.objectContaining({ kind: 'MODULE_END', key: `MODULE_END:${moduleId}:${newEnd}` }),
        ]);
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('pause-resume-module-end');
      }),
    120_000,
  );

  it(
    'after graduation a pause moves every follow-up dueAt by the paused time',
    () =>
      h.run(async () => {
        const j = await h.start();
        await assessAndApprove(j);
        await runAllModules(j);
        await reEvaluate(j, true);
        const graduated = await graduateAndCommunicate(j);
        const before = graduated.state.followUps.map((f) => Date.parse(f.dueAt));

        await j.send({ type: 'pause', reasonEvidenceId: 'ev-pause' });
        await h.env.sleep(45 * DAY);
        expect(
          await rejectionCode(
            j.send({
              type: 'recordFollowUp',
              index: 0,
              evidenceId: 'ev-fu-0',
              incomeToMinimumWageRatio: 1.2,
              businessRunning: true,
            }),
          ),
        ).toBe('JOURNEY_PAUSED');
        const resumed = await j.send({ type: 'resume' });
        const pausedMs = resumed.state.pauseHistory!.reduce(
          (sum, p) => sum + Date.parse(p.until) - Date.parse(p.since),
          0,
        );
        expect(pausedMs).toBeGreaterThanOrEqual(45 * DAY);
        expect(resumed.state.followUps.map((f) => Date.parse(f.dueAt))).toEqual(before.map((t) => t + pausedMs));

        const recorded = await j.send({
          type: 'recordFollowUp',
          index: 0,
          evidenceId: 'ev-fu-0',
          incomeToMinimumWageRatio: 1.2,
          businessRunning: true,
        });
        expect(recorded.state.followUps[0].recordedAt).toBeDefined();
        await j.send({ type: 'exit', exitKind: 'RELOCATION', reasonEvidenceId: 'ev-exit' });
        expect((await j.result()).state).toMatchObject({ stage: 'EXITED', closed: { exitKind: 'RELOCATION' } });
        await j.saveHistoryAs('pause-resume-follow-ups');
      }),
    120_000,
  );
});
