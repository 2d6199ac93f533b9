import { journeyStatus, nextExpectedAction } from '../../../domain/journey/journey.machine';
import { pendingDeadlines } from '../../../domain/journey/journey-deadlines.machine';
import { cmd, day, JourneyDriver, journeyAt, RULES, T0 } from './journey-fixtures';

describe('a beneficiary who graduates', () => {
  it('walks from enrolment through every module, graduation and all follow-ups to COMPLETED', () => {
    const d = new JourneyDriver();
    expect(d.state.stage).toBe('ENROLLED');
    expect(d.state.seq).toBe(1);
    expect(d.events.map((e) => e.type)).toEqual(['ENROLLED']);
    expect(nextExpectedAction(d.state, RULES)).toEqual({
      action: 'submitAssessment',
      by: 'facilitator',
      dueAt: day(30),
    });

    d.advance(10).assess(['SOCIAL_MENTORING', 'JOB_SKILLS', 'MARKET'], 0.3);
    expect(d.state.stage).toBe('PLANNING');
    expect(d.state.welfareHistory).toEqual([{ level: 'POOR', at: day(10), source: 'ASSESSMENT' }]);
    expect(d.state.proposedModules.map((m) => [m.templateId, m.phase])).toEqual([
      ['SOCIAL_MENTORING', 1],
      ['VOCATIONAL_TRAINING', 2],
      ['MARKET_ACCESS', 3],
    ]);
    expect(nextExpectedAction(d.state, RULES)).toMatchObject({ action: 'approvePlan', by: 'manager' });

    d.approve();
    expect(d.state.stage).toBe('IN_INTERVENTION');
    expect(d.state.modules.map((m) => m.moduleId)).toEqual([
      'SOCIAL_MENTORING-1',
      'VOCATIONAL_TRAINING-2',
      'MARKET_ACCESS-3',
    ]);
    expect(d.state.modules.every((m) => m.status === 'PLANNED')).toBe(true);

    d.runModule('SOCIAL_MENTORING-1');
    expect(d.state.modules[0].status).toBe('COMPLETED');
    expect(d.state.stage).toBe('IN_INTERVENTION');
    d.runModule('VOCATIONAL_TRAINING-2').runModule('MARKET_ACCESS-3');
    expect(d.state.stage).toBe('RE_EVALUATION');

    d.advance(7).do(cmd.reEvaluate(true, 1.2));
    expect(d.state.stage).toBe('GRADUATION_REVIEW');
    expect(d.state.reEvaluations[0].proposal.proposal).toBe('GRADUATE');
    expect(d.state.welfareHistory.at(-1)).toMatchObject({ level: 'MIDDLE', source: 'RE_EVALUATION' });

    d.decide('GRADUATE');
    const graduatedAt = d.now;
    expect(d.state.stage).toBe('GRADUATED');
    expect(d.state.pendingCommunication).toBe('GRADUATE');
    expect(d.state.followUps.map((f) => [f.monthsAfterGraduation, f.dueAt])).toEqual(
      RULES.followUpScheduleMonths.map((m) => [
        m,
        new Date(Date.parse(graduatedAt) + m * 30 * 86_400_000).toISOString(),
      ]),
    );
    d.do(cmd.communicate('GRADUATE'));
    expect(d.state.decisions.at(-1)).toMatchObject({ kind: 'GRADUATE', communicatedAt: d.now });

    d.advance(90).do(cmd.followUp(0));
    d.advance(90).do(cmd.followUp(1));
    expect(journeyStatus(d.state)).toBe('ACTIVE');
    const last = d.advance(180).do(cmd.followUp(2, 1.6));
    expect(d.state.stage).toBe('COMPLETED');
    expect(d.state.closed).toEqual({ stage: 'COMPLETED', at: d.now });
    expect(journeyStatus(d.state)).toBe('CLOSED');
    expect(pendingDeadlines(d.state, RULES)).toEqual([]);
    expect(nextExpectedAction(d.state, RULES).action).toBe('NONE');
    expect(last.events.map((e) => e.type)).toEqual(['FOLLOW_UP_RECORDED', 'STAGE_CHANGED', 'JOURNEY_CLOSED']);
    expect(d.state.welfareHistory.at(-1)).toMatchObject({ level: 'STABLE', source: 'FOLLOW_UP' });
  });

  it('numbers every transition: seq grows by one, events carry the new seq, the time and the actor', () => {
    const d = journeyAt('IN_INTERVENTION');
    const before = d.state.seq;
    const t = d.advance(1).do({
      type: 'scheduleSession',
      moduleId: 'CAPITAL_ACCESS-1',
      sessionId: 's1',
      sessionType: 'THEORY',
      scheduledAt: day(20),
    });
    expect(t.state.seq).toBe(before + 1);
    expect(t.events).toEqual([
      expect.objectContaining({
        seq: before + 1,
        type: 'SESSION_SCHEDULED',
        at: d.now,
        actor: { userId: 'facilitator-1', role: 'facilitator' },
      }),
    ]);
    const seqs = d.events.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('emits STAGE_CHANGED with from/to and stamps stageEnteredAt on every stage change', () => {
    const d = new JourneyDriver().advance(4).assess();
    expect(d.events.find((e) => e.type === 'STAGE_CHANGED')?.data).toEqual({ from: 'ENROLLED', to: 'PLANNING' });
    expect(d.state.stageEnteredAt).toBe(day(4));
    expect(d.state.enrolledAt).toBe(T0);
  });

  it('keeps personal data out: events carry ids, codes, dates and numbers only', () => {
    const d = journeyAt('COMPLETED');
    const text = JSON.stringify(d.events);
    expect(text).not.toMatch(/nik|name|address|phone/i);
  });
});

describe('referral to a more advanced programme', () => {
  it.each(['ACCEPTED', 'DECLINED'] as const)('records a referral, its communication and the %s answer', (answer) => {
    const d = journeyAt('GRADUATED');
    d.advance(10).do({ type: 'refer', targetProgramme: 'KUR', evidenceId: 'ev-ref' });
    expect(d.state.pendingCommunication).toBe('REFER');
    expect(d.try({ type: 'recordReferralAnswer', answer, evidenceId: 'ev-ans' })).toMatchObject({
      ok: false,
      code: 'COMMUNICATION_REQUIRED',
    });
    d.do(cmd.communicate('REFER'));
    expect(nextExpectedAction(d.state, RULES).action).toBe('recordReferralAnswer');
    d.do({ type: 'recordReferralAnswer', answer, evidenceId: 'ev-ans' });
    expect(d.state.referral).toMatchObject({ targetProgramme: 'KUR', answer, answeredAt: d.now });
    expect(d.try({ type: 'refer', targetProgramme: 'KUR', evidenceId: 'ev-ref2' })).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
    expect(d.try({ type: 'recordReferralAnswer', answer, evidenceId: 'ev-ans' })).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
    expect(nextExpectedAction(d.state, RULES).action).toBe('recordFollowUp');
  });

  it('refuses an answer before any referral', () => {
    const d = journeyAt('GRADUATED');
    expect(d.try({ type: 'recordReferralAnswer', answer: 'ACCEPTED', evidenceId: 'e' })).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
  });

  it('records follow-ups only in schedule order', () => {
    const d = journeyAt('GRADUATED');
    expect(d.try(cmd.followUp(1))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    d.do(cmd.followUp(0));
    expect(d.try(cmd.followUp(0))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
