import { JourneyWorkflowHarness, type JourneyClient } from '../support/journey-workflow-harness';
import { recordedSeqs } from '../support/journey-history';
import {
  eventually,
  graduateAndCommunicate,
  intensiveCycle,
  recordAllFollowUps,
  reEvaluate,
  sleepUntil,
  throughFailedReEvaluation,
} from '../support/journey-paths';

/** Plan done, re-evaluation fails, the manager decides NOT_YET and it is communicated. */
async function notGraduated(j: JourneyClient): Promise<void> {
  await throughFailedReEvaluation(j);
  await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
  const v = await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-notyet' });
  expect(v.state.stage).toBe('NOT_GRADUATED');
}

async function graduateAndComplete(j: JourneyClient): Promise<void> {
  const review = await reEvaluate(j, true);
  expect(review.state.reEvaluations.at(-1)?.proposal.proposal).toBe('GRADUATE');
  expect((await graduateAndCommunicate(j)).state.stage).toBe('GRADUATED');
  await recordAllFollowUps(j);
  const final = await j.result();
  expect(final.state.stage).toBe('COMPLETED');
  expect(final.status).toBe('CLOSED');
  expect(recordedSeqs(j)).toEqual(Array.from({ length: final.state.seq }, (_, i) => i + 1));
}

describe('journey workflow: intensive support cycles, then graduation', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'one cycle: the 90-day cycle end is a durable timer that opens the re-evaluation, then graduation',
    () =>
      h.run(async () => {
        const j = await h.start();
        await notGraduated(j);
        await j.send({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes-1' });
        await j.send({ type: 'startIntensiveSupport', evidenceId: 'ev-plan-1' });
        const started = await j.send({
          type: 'recordCommunication',
          decision: 'INTENSIVE_SUPPORT',
          evidenceId: 'ev-comm-is-1',
        });
        expect(started.state.stage).toBe('INTENSIVE_SUPPORT');
        const cycle = started.state.intensiveCycles[0];
        expect(Date.parse(cycle.plannedEnd) - Date.parse(cycle.startedAt)).toBe(90 * 86_400_000);

        // A day before the cycle ends nothing has moved.
        await sleepUntil(j, cycle.plannedEnd, -86_400_000);
        expect((await j.view()).state.stage).toBe('INTENSIVE_SUPPORT');

        await sleepUntil(j, cycle.plannedEnd, 60_000);
        const ended = await eventually(j, (v) => v.state.stage === 'RE_EVALUATION');
        expect(ended.state.intensiveCycles[0].endedAt).toBeDefined();
        expect(ended.nextAction).toMatchObject({ action: 'submitReEvaluation', by: 'facilitator' });
        await graduateAndComplete(j);
        await j.saveHistoryAs('intensive-one-cycle-then-graduation');
      }),
    120_000,
  );

  it(
    'two cycles: NOT_YET after the first cycle opens a second one (not yet the termination review)',
    () =>
      h.run(async () => {
        const j = await h.start();
        await notGraduated(j);
        expect((await intensiveCycle(j, 1)).state.intensiveCycles[0].endedAt).toBeDefined();
        await reEvaluate(j, false);
        await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
        const second = await j.send({
          type: 'recordCommunication',
          decision: 'NOT_YET',
          evidenceId: 'ev-comm-notyet-2',
        });
        expect(second.state.stage).toBe('NOT_GRADUATED');
        expect(second.state.notGraduatedEvaluation).toBeNull(); // a new round needs a new evaluation of causes

        const after = await intensiveCycle(j, 2);
        expect(after.state.intensiveCycles.map((c) => [c.cycle, Boolean(c.endedAt)])).toEqual([
          [1, true],
          [2, true],
        ]);
        await graduateAndComplete(j);
        await j.saveHistoryAs('intensive-two-cycles-then-graduation');
      }),
    120_000,
  );
});
