import { HISTORY_EVENTS_BEFORE_CONTINUE, UPDATES_BEFORE_CONTINUE } from '../../../workflows/journey/journey.workflow';
import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { journeyRuns, recordedSeqs, updateIdsIn } from '../support/journey-history';

const correct = (n: number) => ({ type: 'correctData' as const, field: `field-${n}`, reasonEvidenceId: `ev-fix-${n}` });

describe('journey workflow: a long command stream on one journey', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    `continues as new on its own mid-stage over more than ${UPDATES_BEFORE_CONTINUE} commands, ` +
      'applying every key exactly once',
    () =>
      h.run(async () => {
        const j = await h.start();
        const seq0 = (await j.view()).state.seq;
        const total = UPDATES_BEFORE_CONTINUE + 40;
        const key = (n: number) => `stream-${n}`;

        // One command after another, as the API sends them for one beneficiary.
        for (let n = 0; n < total; n++) await j.send(correct(n), undefined, key(n));

        const view = await j.view();
        expect(view.state.stage).toBe('ENROLLED'); // no stage change: the roll-over came from the update count
        expect(view.state.seq).toBe(seq0 + total);
        const runs = await journeyRuns(j);
        expect(runs.length).toBeGreaterThanOrEqual(2);
        for (const run of runs) {
          // Each run rolled over at its limit: the update count or the history length, whichever came first.
          expect(new Set(updateIdsIn(run.history)).size).toBeLessThanOrEqual(UPDATES_BEFORE_CONTINUE);
          expect(run.history.events!.length).toBeLessThan(HISTORY_EVENTS_BEFORE_CONTINUE + 50);
        }
        expect(new Set(runs.flatMap((r) => updateIdsIn(r.history))).size).toBe(total);

        // Each key reached the recorder exactly once, every seq in order.
        const keys = h.recorded
          .filter((r) => r.view.state.journeyId === j.journeyId)
          .flatMap((r) => r.steps.map((s) => s.idempotencyKey))
          .filter(Boolean);
        expect(new Set(keys).size).toBe(total);
        expect(keys.length).toBe(total);
        expect(recordedSeqs(j)).toEqual(Array.from({ length: view.state.seq }, (_, i) => i + 1));

        // Keys from the first run survive the roll-over: a retry under a new update id is answered, not re-applied.
        for (const n of [0, 1, 250, total - 1]) {
          const retried = await j.send(correct(n), undefined, key(n), `retry-${n}`);
          expect(retried.state.seq).toBe(view.state.seq);
        }
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('long-command-stream');
      }),
    120_000,
  );
});
