import { JourneyWorkflowHarness, type JourneyClient } from '../support/journey-workflow-harness';
import { recordedSeqs, rejectionCode } from '../support/journey-history';
import { assessAndApprove, intensiveCycle, reEvaluate, runAllModules } from '../support/journey-paths';

/** Plan, then NOT_YET after every re-evaluation, through `cycles` intensive cycles. */
async function failEveryCycle(j: JourneyClient, cycles: number): Promise<void> {
  await assessAndApprove(j);
  await runAllModules(j);
  for (let n = 1; n <= cycles; n++) {
    await reEvaluate(j, false);
    await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
    await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: `ev-comm-notyet-${n}` });
    await intensiveCycle(j, n);
  }
  await reEvaluate(j, false);
}

describe('journey workflow: intensive cycles exhausted, then termination', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'after the configured 2 cycles NOT_YET opens the termination review; ' +
      'TERMINATE with a reason closes once communicated',
    () =>
      h.run(async () => {
        const j = await h.start();
        await failEveryCycle(j, 2);
        const review = await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
        expect(review.state.stage).toBe('TERMINATION_REVIEW');
        // NOT_YET is conveyed first; only then may the manager decide on termination.
        expect(review.nextAction).toMatchObject({ action: 'recordCommunication', by: 'facilitator' });
        expect(
          await rejectionCode(
            j.send({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-terminate' }),
          ),
        ).toBe('COMMUNICATION_REQUIRED');
        const communicated = await j.send({
          type: 'recordCommunication',
          decision: 'NOT_YET',
          evidenceId: 'ev-comm-notyet-3',
        });
        expect(communicated.nextAction).toMatchObject({ action: 'decideTermination', by: 'manager' });

        expect(
          await rejectionCode(j.send({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: '' })),
        ).toBe('REASON_REQUIRED');
        const terminated = await j.send({
          type: 'decideTermination',
          decision: 'TERMINATE',
          reasonEvidenceId: 'ev-terminate',
        });
        // Not closed yet: the decision (with the alternatives offered) must first be conveyed.
        expect(terminated.state).toMatchObject({
          stage: 'TERMINATED',
          closed: null,
          pendingCommunication: 'TERMINATE',
        });
        expect(terminated.status).toBe('ACTIVE');
        expect(await rejectionCode(j.send({ type: 'correctData', field: 'x', reasonEvidenceId: 'ev-x' }))).toBe(
          'JOURNEY_CLOSED',
        );

        await j.send({ type: 'recordCommunication', decision: 'TERMINATE', evidenceId: 'ev-comm-terminate' });
        const final = await j.result();
        expect(final.state.stage).toBe('TERMINATED');
        expect(final.status).toBe('CLOSED');
        expect(final.state.closed).toMatchObject({ stage: 'TERMINATED', reasonEvidenceId: 'ev-terminate' });
        expect(final.state.intensiveCycles).toHaveLength(2);
        expect(final.state.decisions.map((d) => d.kind)).toEqual([
          'NOT_YET',
          'INTENSIVE_SUPPORT',
          'NOT_YET',
          'INTENSIVE_SUPPORT',
          'NOT_YET',
          'TERMINATE',
        ]);
        expect(final.state.decisions.every((d) => d.communicatedAt)).toBe(true);
        expect((await j.handle.describe()).status.name).toBe('COMPLETED');
        expect(recordedSeqs(j)).toEqual(Array.from({ length: final.state.seq }, (_, i) => i + 1));
        await j.saveHistoryAs('intensive-cycles-then-termination');
      }),
    120_000,
  );

  it(
    'ANOTHER_CYCLE from the review grants a third cycle; the next NOT_YET goes back to the review',
    () =>
      h.run(async () => {
        const j = await h.start();
        await failEveryCycle(j, 2);
        await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
        await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-notyet-3' });
        const again = await j.send({
          type: 'decideTermination',
          decision: 'ANOTHER_CYCLE',
          reasonEvidenceId: 'ev-another',
        });
        expect(again.state.stage).toBe('NOT_GRADUATED');
        expect(again.state.pendingCommunication).toBeNull();

        const third = await intensiveCycle(j, 3);
        expect(third.state.intensiveCycles.every((c) => c.endedAt)).toBe(true);
        await reEvaluate(j, false);
        expect((await j.send({ type: 'decideGraduation', decision: 'NOT_YET' })).state.stage).toBe(
          'TERMINATION_REVIEW',
        );
        await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-notyet-4' });
        await j.send({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-terminate' });
        await j.send({ type: 'recordCommunication', decision: 'TERMINATE', evidenceId: 'ev-comm-terminate' });
        const final = await j.result();
        expect(final.state).toMatchObject({ stage: 'TERMINATED', closed: { stage: 'TERMINATED' } });
        expect(final.state.intensiveCycles).toHaveLength(3);
        await j.saveHistoryAs('termination-review-another-cycle-then-termination');
      }),
    120_000,
  );
});
