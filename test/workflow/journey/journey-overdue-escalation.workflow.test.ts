import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { recordedEffects } from '../support/journey-history';
import { eventually, sleepUntil } from '../support/journey-paths';

const DAY = 86_400_000;

describe('journey workflow: overdue work escalates to the manager through durable timers', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'assessment past assessmentDays and a module past plannedEnd + grace are overdue and escalated once each',
    () =>
      h.run(async () => {
        const j = await h.start();
        const enrolledAt = (await j.view()).state.enrolledAt;

        // 30 days to assess: on day 29 nothing, past day 30 the journey is overdue and the manager told.
        await sleepUntil(j, enrolledAt, 29 * DAY);
        expect((await j.view()).state.overdue).toEqual([]);
        await sleepUntil(j, enrolledAt, 30 * DAY + 60_000);
        const late = await eventually(j, (v) => v.state.overdue.length > 0);
        expect(late.state.stage).toBe('ENROLLED');
        expect(late.state.overdue).toEqual([
          expect.objectContaining({
            kind: 'ASSESSMENT',
            dueAt: new Date(Date.parse(enrolledAt) + 30 * DAY).toISOString(),
          }),
        ]);
        await eventually(j, () => recordedEffects(j).length > 0);
        expect(recordedEffects(j)).toEqual([
          { seq: late.state.seq, kind: 'ESCALATE_TO_MANAGER', reason: 'ASSESSMENT overdue' },
        ]);

        // Doing the work clears the overdue item; the escalation is not repeated later.
        await j.send({
          type: 'submitAssessment',
          evidenceId: 'ev-assessment',
          needs: ['CAPITAL'],
          incomeToMinimumWageRatio: 0.35,
        });
        const planning = await j.view();
        expect(planning.state.overdue).toEqual([]);
        const running = await j.send({ type: 'approvePlan', modules: planning.state.proposedModules });
        const { moduleId, plannedEnd } = running.state.modules[0];

        // Module end: plannedEnd + 14 days grace. A day before, still nothing.
        await sleepUntil(j, plannedEnd, 13 * DAY);
        expect((await j.view()).state.overdue).toEqual([]);
        await sleepUntil(j, plannedEnd, 14 * DAY + 60_000);
        const moduleLate = await eventually(j, (v) => v.state.overdue.length > 0);
        expect(moduleLate.state.overdue).toEqual([
          expect.objectContaining({ kind: 'MODULE_END', key: `MODULE_END:${moduleId}:${plannedEnd}` }),
        ]);
        await eventually(j, () => recordedEffects(j).length > 1);
        expect(recordedEffects(j)).toEqual([
          { seq: late.state.seq, kind: 'ESCALATE_TO_MANAGER', reason: 'ASSESSMENT overdue' },
          { seq: moduleLate.state.seq, kind: 'ESCALATE_TO_MANAGER', reason: 'MODULE_END overdue' },
        ]);

        // A fired deadline never fires again, however long the module stays late.
        await h.env.sleep(60 * DAY);
        expect((await j.view()).state.seq).toBe(moduleLate.state.seq);
        expect(recordedEffects(j)).toHaveLength(2);

        // Extending the module moves its end: the overdue item drops and a new timer waits for the new end.
        const extended = await j.send({
          type: 'extendModule',
          moduleId,
          extraDays: 120,
          reasonEvidenceId: 'ev-extend',
        });
        expect(extended.state.overdue).toEqual([]);
        expect(extended.status).toBe('ACTIVE');
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('overdue-assessment-and-module-escalation');
      }),
    120_000,
  );
});
