import type { JourneyCommand } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { addDays } from '../../../domain/shared/iso-time';
import { commandUpdateId } from '../../../workflows/journey/journey.messages';
import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { allUpdateIds, rejectionCode } from '../support/journey-history';
import {
  assessAndApprove,
  graduateAndCommunicate,
  reEvaluate,
  runAllModules,
  sleepUntil,
} from '../support/journey-paths';

const followUp = (index: number): Extract<JourneyCommand, { type: 'recordFollowUp' }> => ({
  type: 'recordFollowUp',
  index,
  evidenceId: `ev-fu-${index}`,
  incomeToMinimumWageRatio: 1.3,
  businessRunning: true,
});

describe('journey workflow: follow-ups within their window (default v2)', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'the update validator refuses a follow-up before its window opens, so it never enters history; ' +
      'from the opening it is accepted',
    () =>
      h.run(async () => {
        const rules = getProgrammeRules('default', 2);
        const j = await h.start({ rulesId: 'default', rulesVersion: 2 });
        await assessAndApprove(j);
        await runAllModules(j);
        await reEvaluate(j, true);
        const graduated = await graduateAndCommunicate(j);
        const first = graduated.state.followUps[0];
        const opensAt = addDays(first.dueAt, -rules.followUpWindow!.opensDaysBeforeDue);

        // On graduation day, and an hour before the window opens: refused, nothing applied or recorded.
        const early = ['fu-graduation-day', 'fu-an-hour-early'];
        expect(await rejectionCode(j.send(followUp(0), undefined, early[0]))).toBe('FOLLOW_UP_NOT_DUE');
        await sleepUntil(j, opensAt, -3_600_000);
        expect(await rejectionCode(j.send(followUp(0), undefined, early[1]))).toBe('FOLLOW_UP_NOT_DUE');
        const still = await j.view();
        expect(still.state.seq).toBe(graduated.state.seq);
        expect(still.state.followUps[0].recordedAt).toBeUndefined();
        const ids = await allUpdateIds(j);
        for (const key of early) expect(ids).not.toContain(commandUpdateId('recordFollowUp', key));

        await sleepUntil(j, opensAt, 1_000);
        const recorded = await j.send(followUp(0));
        expect(Date.parse(recorded.state.followUps[0].recordedAt!)).toBeGreaterThanOrEqual(Date.parse(opensAt));
        expect(Date.parse(recorded.state.followUps[0].recordedAt!)).toBeLessThan(Date.parse(first.dueAt));

        for (const f of recorded.state.followUps.slice(1)) {
          await sleepUntil(j, f.dueAt); // the rest, each at its due date
          await j.send(followUp(f.index));
        }
        const final = await j.result();
        expect(final.state.stage).toBe('COMPLETED');
      }),
    120_000,
  );
});
