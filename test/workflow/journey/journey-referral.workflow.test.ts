import { JourneyWorkflowHarness, type JourneyClient } from '../support/journey-workflow-harness';
import { rejectionCode } from '../support/journey-history';
import {
  assessAndApprove,
  graduateAndCommunicate,
  recordAllFollowUps,
  reEvaluate,
  runAllModules,
} from '../support/journey-paths';

async function graduated(j: JourneyClient): Promise<void> {
  await assessAndApprove(j);
  await runAllModules(j);
  await reEvaluate(j, true);
  expect((await graduateAndCommunicate(j)).state.stage).toBe('GRADUATED');
}

describe('journey workflow: referral after graduation', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  for (const answer of ['ACCEPTED', 'DECLINED'] as const) {
    it(
      `referral ${answer.toLowerCase()}: communicated before its answer, ` +
        'and the journey still completes after the follow-ups',
      () =>
        h.run(async () => {
          const j = await h.start();
          await graduated(j);
          expect(await rejectionCode(j.send({ type: 'recordReferralAnswer', answer, evidenceId: 'ev-answer' }))).toBe(
            'COMMAND_NOT_ALLOWED_IN_STAGE',
          );

          const referred = await j.send({ type: 'refer', targetProgramme: 'PROG-ADVANCED', evidenceId: 'ev-refer' });
          expect(referred.state.referral).toMatchObject({ targetProgramme: 'PROG-ADVANCED' });
          expect(referred.state.pendingCommunication).toBe('REFER');
          expect(referred.nextAction.action).toBe('recordCommunication');
          // The answer waits for the referral to be conveyed to the beneficiary.
          expect(await rejectionCode(j.send({ type: 'recordReferralAnswer', answer, evidenceId: 'ev-answer' }))).toBe(
            'COMMUNICATION_REQUIRED',
          );
          expect(
            await rejectionCode(j.send({ type: 'refer', targetProgramme: 'PROG-OTHER', evidenceId: 'ev-refer-2' })),
          ).toBe('COMMUNICATION_REQUIRED');

          const told = await j.send({ type: 'recordCommunication', decision: 'REFER', evidenceId: 'ev-comm-refer' });
          expect(told.nextAction.action).toBe('recordReferralAnswer');
          const answered = await j.send({ type: 'recordReferralAnswer', answer, evidenceId: 'ev-answer' });
          expect(answered.state.referral).toMatchObject({ targetProgramme: 'PROG-ADVANCED', answer });
          expect(answered.state.stage).toBe('GRADUATED');
          expect(
            await rejectionCode(j.send({ type: 'refer', targetProgramme: 'PROG-OTHER', evidenceId: 'ev-refer-2' })),
          ).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');

          await recordAllFollowUps(j);
          const final = await j.result();
          expect(final.state).toMatchObject({ stage: 'COMPLETED', referral: { answer } });
          expect(final.status).toBe('CLOSED');
          expect(final.state.decisions.map((d) => [d.kind, Boolean(d.communicatedAt)])).toEqual([
            ['GRADUATE', true],
            ['REFER', true],
          ]);
          await j.saveHistoryAs(`graduation-referral-${answer.toLowerCase()}`);
        }),
      120_000,
    );
  }
});
