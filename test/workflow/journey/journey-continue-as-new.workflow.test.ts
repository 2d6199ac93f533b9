import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { journeyRuns, recordedSeqs } from '../support/journey-history';
import { assessAndApprove, reEvaluate, runAllModules } from '../support/journey-paths';

describe('journey workflow: continue-as-new at every stage change keeps the journey whole', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'starts a new run per stage and carries modules, welfare history, decisions and seq intact',
    () =>
      h.run(async () => {
        const j = await h.start();
        await assessAndApprove(j, ['CAPITAL', 'MARKET']);
        await j.send({ type: 'correctData', field: 'household.size', reasonEvidenceId: 'ev-fix-1' });
        await runAllModules(j);
        await reEvaluate(j, false);
        await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
        const before = await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-notyet' });
        expect(before.state.stage).toBe('NOT_GRADUATED');

        const runs = await journeyRuns(j);
        const described = await j.handle.describe();
        expect(described.runId).not.toBe(j.firstRunId);
        expect(runs.at(-1)?.runId).toBe(described.runId);
        // One run per stage visited: ENROLLED, PLANNING, IN_INTERVENTION, RE_EVALUATION, GRADUATION_REVIEW,
        // NOT_GRADUATED.
        expect(runs).toHaveLength(6);

        const now = await j.view();
        expect(now.state).toEqual(before.state);
        expect(now.state.modules.map((m) => [m.moduleId, m.status])).toEqual([
          ['CAPITAL_ACCESS-1', 'COMPLETED'],
          ['MARKET_ACCESS-2', 'COMPLETED'],
        ]);
        for (const m of now.state.modules) {
          expect(m.sessions).toHaveLength(m.plannedSessions);
          expect(m.sessions.every((s) => s.attendance === 'PRESENT')).toBe(true);
          expect(m.postScore).toBe(80);
        }
        expect(now.state.welfareHistory.map((w) => w.source)).toEqual(['ASSESSMENT', 'RE_EVALUATION']);
        expect(now.state.decisions.map((d) => [d.kind, Boolean(d.communicatedAt)])).toEqual([['NOT_YET', true]]);

        // The recorder saw every seq from enrolment on exactly once, in order, across all runs.
        const seqs = recordedSeqs(j);
        expect(seqs).toEqual(Array.from({ length: now.state.seq }, (_, i) => i + 1));
        await j.saveHistoryAs('continue-as-new-through-stages');
      }),
    120_000,
  );
});
