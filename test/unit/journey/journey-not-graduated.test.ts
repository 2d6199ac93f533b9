import { nextExpectedAction, journeyStatus } from '../../../domain/journey/journey.machine';
import { pendingDeadlines } from '../../../domain/journey/journey-deadlines.machine';
import { cmd, journeyAt, RULES } from './journey-fixtures';

describe('the not-graduated path', () => {
  it('one intensive cycle, then graduation', () => {
    const d = journeyAt('NOT_GRADUATED');
    expect(d.state.decisions.at(-1)).toMatchObject({ kind: 'NOT_YET' });
    expect(nextExpectedAction(d.state, RULES).action).toBe('recordNotGraduatedEvaluation');
    expect(d.try({ type: 'startIntensiveSupport', evidenceId: 'ev-plan' })).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });

    d.do({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes' });
    expect(nextExpectedAction(d.state, RULES).action).toBe('startIntensiveSupport');
    const started = d.do({ type: 'startIntensiveSupport', evidenceId: 'ev-plan' });
    expect(d.state.stage).toBe('INTENSIVE_SUPPORT');
    expect(d.state.intensiveCycles).toEqual([
      {
        cycle: 1,
        startedAt: d.now,
        plannedEnd: new Date(Date.parse(d.now) + 90 * 86_400_000).toISOString(),
        evidenceId: 'ev-plan',
        visitEveryDays: 7,
      },
    ]);
    expect(d.state.pendingCommunication).toBe('INTENSIVE_SUPPORT');
    expect(started.events.map((e) => e.type)).toEqual(['INTENSIVE_SUPPORT_STARTED', 'STAGE_CHANGED']);
    d.do(cmd.communicate('INTENSIVE_SUPPORT'));
    expect(nextExpectedAction(d.state, RULES)).toEqual({
      action: 'NONE',
      by: 'system',
      dueAt: d.state.intensiveCycles[0].plannedEnd,
    });

    const end = d.fire('INTENSIVE_CYCLE_END');
    expect(end).toMatchObject({ ok: true, effects: [] });
    expect(d.state.stage).toBe('RE_EVALUATION');
    expect(d.state.intensiveCycles[0].endedAt).toBe(d.now);

    d.advance(10).do(cmd.reEvaluate(true));
    d.decide('GRADUATE');
    expect(d.state.stage).toBe('GRADUATED');
  });

  it('two intensive cycles, then graduation', () => {
    const d = journeyAt('NOT_GRADUATED');
    d.intensiveCycle();
    d.failReview();
    // One completed cycle is below cyclesBeforeTerminationReview (2): another round.
    expect(d.state.stage).toBe('NOT_GRADUATED');
    expect(d.state.notGraduatedEvaluation).toBeNull();
    d.intensiveCycle();
    expect(d.state.intensiveCycles.map((c) => c.cycle)).toEqual([1, 2]);
    d.advance(5).do(cmd.reEvaluate(true));
    d.decide('GRADUATE').do(cmd.communicate('GRADUATE'));
    expect(d.state.stage).toBe('GRADUATED');
  });

  it('opens the termination review after the configured cycles and terminates once communicated', () => {
    const d = journeyAt('TERMINATION_REVIEW');
    expect(d.state.intensiveCycles.filter((c) => c.endedAt)).toHaveLength(2);
    expect(nextExpectedAction(d.state, RULES)).toMatchObject({ action: 'decideTermination', by: 'manager' });
    expect(d.try({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: '' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });

    d.do({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-analysis' });
    expect(d.state.stage).toBe('TERMINATED');
    expect(d.state.closed).toBeNull();
    expect(journeyStatus(d.state)).toBe('ACTIVE');
    expect(pendingDeadlines(d.state, RULES).map((x) => x.kind)).toEqual(['COMMUNICATION']);
    // Only the communication is accepted now.
    expect(d.try({ type: 'withdraw', reasonEvidenceId: 'ev' })).toMatchObject({ ok: false, code: 'JOURNEY_CLOSED' });
    expect(d.try({ type: 'pause', reasonEvidenceId: 'ev' })).toMatchObject({ ok: false, code: 'JOURNEY_CLOSED' });
    expect(d.try(cmd.communicate('NOT_YET'))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });

    const t = d.do(cmd.communicate('TERMINATE'));
    expect(t.events.map((e) => e.type)).toEqual(['COMMUNICATION_RECORDED', 'JOURNEY_CLOSED']);
    expect(d.state.closed).toEqual({ stage: 'TERMINATED', at: d.now, reasonEvidenceId: 'ev-analysis' });
    expect(journeyStatus(d.state)).toBe('CLOSED');
    expect(d.try(cmd.communicate('TERMINATE'))).toMatchObject({ ok: false, code: 'JOURNEY_CLOSED' });
  });

  it('ANOTHER_CYCLE returns to NOT_GRADUATED and asks for a fresh evaluation of causes', () => {
    const d = journeyAt('TERMINATION_REVIEW');
    d.do({ type: 'decideTermination', decision: 'ANOTHER_CYCLE', reasonEvidenceId: 'ev-progress' });
    expect(d.state.stage).toBe('NOT_GRADUATED');
    expect(d.state.pendingCommunication).toBeNull();
    expect(d.try({ type: 'startIntensiveSupport', evidenceId: 'ev' })).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
    d.intensiveCycle();
    expect(d.state.intensiveCycles).toHaveLength(3);
    d.failReview();
    expect(d.state.stage).toBe('TERMINATION_REVIEW');
  });

  it('a manager may graduate against a NOT_YET proposal only with a reason', () => {
    const d = journeyAt('GRADUATION_REVIEW');
    expect(d.state.reEvaluations[0].proposal.proposal).toBe('NOT_YET');
    expect(d.try({ type: 'decideGraduation', decision: 'GRADUATE' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const t = d.do({ type: 'decideGraduation', decision: 'GRADUATE', reasonEvidenceId: 'ev-override' });
    expect(t.events[0]).toMatchObject({
      type: 'GRADUATION_DECIDED',
      data: { decision: 'GRADUATE', proposal: 'NOT_YET', overridesProposal: true },
    });
    expect(d.state.decisions.at(-1)).toMatchObject({
      kind: 'GRADUATE',
      reasonEvidenceId: 'ev-override',
      by: { role: 'manager' },
    });
  });

  it('a manager may hold back a GRADUATE proposal only with a reason, and it never opens termination early', () => {
    const d = journeyAt('RE_EVALUATION');
    d.do(cmd.reEvaluate(true));
    expect(d.try({ type: 'decideGraduation', decision: 'NOT_YET' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    d.decide('NOT_YET', 'ev-hold');
    expect(d.state.stage).toBe('NOT_GRADUATED');
  });
});
