import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import {
  assessAndApprove,
  graduateAndCommunicate,
  recordAllFollowUps,
  reEvaluate,
  runAllModules,
} from '../support/journey-paths';

describe('journey workflow: straight to graduation', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'runs assessment, plan, modules, re-evaluation, graduation and every follow-up, then completes',
    () =>
      h.run(async () => {
        const j = await h.start();
        expect((await j.view()).state.stage).toBe('ENROLLED');

        const planned = await assessAndApprove(j, ['CAPITAL', 'MARKET']);
        expect(planned.state.stage).toBe('IN_INTERVENTION');
        expect(planned.state.modules.map((m) => m.templateId).sort()).toEqual(['CAPITAL_ACCESS', 'MARKET_ACCESS']);

        const done = await runAllModules(j);
        expect(done.state.stage).toBe('RE_EVALUATION');
        const review = await reEvaluate(j, true);
        expect(review.state.stage).toBe('GRADUATION_REVIEW');
        expect(review.state.reEvaluations.at(-1)?.proposal.proposal).toBe('GRADUATE');

        const graduated = await graduateAndCommunicate(j);
        expect(graduated.state.stage).toBe('GRADUATED');
        expect(graduated.state.pendingCommunication).toBeNull();
        expect(graduated.state.followUps.map((f) => f.monthsAfterGraduation)).toEqual([3, 6, 12]);

        await recordAllFollowUps(j);
        const final = await j.handle.result();
        expect(final.state.stage).toBe('COMPLETED');
        expect(final.status).toBe('CLOSED');
        expect(final.state.followUps.every((f: { recordedAt?: string }) => f.recordedAt)).toBe(true);

        // Everything the journey did was handed to the recording activity, in order, once.
        const seqs = h.recorded
          .filter((r) => r.view.state.journeyId === j.journeyId)
          .flatMap((r) => r.steps.map((s) => s.seq));
        expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
        expect(seqs.at(-1)).toBe(final.state.seq);
        await j.saveHistoryAs('graduation-with-follow-ups');
      }),
    120_000,
  );
});
