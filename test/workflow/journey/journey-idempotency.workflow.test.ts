import { JourneyWorkflowHarness, MANAGER, type JourneyClient } from '../support/journey-workflow-harness';
import { journeyRuns, recordedSeqs, rejectionCode } from '../support/journey-history';

const correct = (field: string) => ({ type: 'correctData' as const, field, reasonEvidenceId: `ev-${field}` });
const assess = {
  type: 'submitAssessment' as const,
  evidenceId: 'ev-assessment',
  needs: ['CAPITAL' as const],
  incomeToMinimumWageRatio: 0.35,
};

/** Waits (real time) until the journey has continued as new past `runId`. */
async function nextRun(j: JourneyClient, runId: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const current = (await j.handle.describe()).runId;
    if (current !== runId) return current;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the journey did not continue as new after run ${runId}`);
}

describe('journey workflow: idempotency keys', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'the same key twice applies once and answers the same view; reused for another command it is refused',
    () =>
      h.run(async () => {
        const j = await h.start();
        const seq0 = (await j.view()).state.seq;
        const first = await j.send(correct('household.size'), undefined, 'key-1');
        const again = await j.send(correct('household.size'), undefined, 'key-1');
        expect(first.state.seq).toBe(seq0 + 1);
        expect(again).toEqual(first);

        // Not silently answered with the correction's result: the pause is refused and nothing changes.
        expect(await rejectionCode(j.send({ type: 'pause', reasonEvidenceId: 'ev-pause' }, MANAGER, 'key-1'))).toBe(
          'IDEMPOTENCY_KEY_REUSED',
        );
        const after = await j.view();
        expect(after.state.seq).toBe(seq0 + 1);
        expect(after.status).toBe('ACTIVE');
        expect(recordedSeqs(j)).toEqual([1, 2]);
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('idempotency-same-run');
      }),
    120_000,
  );

  it(
    'a key applied in an earlier run is answered without being re-applied after continue-as-new',
    () =>
      h.run(async () => {
        const j = await h.start();
        const planning = await j.send(assess, undefined, 'assess-key');
        expect(planning.state.stage).toBe('PLANNING');
        // The stage changed, so the journey continues as new: the key now lives only in the carried state.
        const second = await nextRun(j, j.firstRunId);
        const replayed = await j.send(assess, undefined, 'assess-key');
        expect(replayed.state).toEqual(planning.state);

        const running = await j.send(
          { type: 'approvePlan', modules: planning.state.proposedModules },
          MANAGER,
          'plan-key',
        );
        await nextRun(j, second);
        // Two runs later, the same key under a NEW update id (the server cannot deduplicate it):
        // the workflow itself recognises it and answers without applying the assessment again.
        const retried = await j.send(assess, undefined, 'assess-key', 'retry-of-assess-key');
        expect(retried.state.stage).toBe('IN_INTERVENTION');
        expect(retried.state.seq).toBe(running.state.seq);
        expect(retried.state.welfareHistory).toHaveLength(1);
        expect(await rejectionCode(j.send(correct('x'), undefined, 'assess-key'))).toBe('IDEMPOTENCY_KEY_REUSED');
        expect(await rejectionCode(j.send(correct('x'), undefined, 'plan-key'))).toBe('IDEMPOTENCY_KEY_REUSED');
        expect((await j.view()).state.seq).toBe(running.state.seq);

        expect((await journeyRuns(j)).length).toBe(3);
        expect(recordedSeqs(j)).toEqual(Array.from({ length: running.state.seq }, (_, i) => i + 1));
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('idempotency-across-continue-as-new');
      }),
    120_000,
  );
});
