import { nextExpectedAction } from '../../../domain/journey/journey.machine';
import type { JourneyCommand } from '../../../domain/journey/journey.types';
import { cmd, day, journeyAt, JourneyDriver, RULES } from './journey-fixtures';

const MOD = 'CAPITAL_ACCESS-1'; // default fixture plan: capital access, 4-6 sessions, planned 4
const schedule = (sessionId: string, sessionType = 'THEORY'): JourneyCommand => ({
  type: 'scheduleSession',
  moduleId: MOD,
  sessionId,
  sessionType,
  scheduledAt: day(12),
});
const attend = (sessionId: string, status: 'PRESENT' | 'PARTIAL' | 'ABSENT' = 'PRESENT'): JourneyCommand => ({
  type: 'recordAttendance',
  moduleId: MOD,
  sessionId,
  status,
  heldAt: day(12),
});
const evaluate = (pre = 30, post = 70): JourneyCommand => ({
  type: 'recordModuleEvaluation',
  moduleId: MOD,
  preScore: pre,
  postScore: post,
  assignmentResult: 'PASSED',
});

describe('running a module', () => {
  it(
    'starts with the first held session, completes when sessions are held and evaluated, ' +
      'then moves to RE_EVALUATION',
    () => {
      const d = journeyAt('IN_INTERVENTION');
      expect(nextExpectedAction(d.state, RULES)).toMatchObject({ action: 'scheduleSession', by: 'facilitator' });
      d.do(schedule('s1'));
      expect(d.state.modules[0].status).toBe('PLANNED');
      expect(nextExpectedAction(d.state, RULES).action).toBe('recordAttendance');
      const t = d.do(attend('s1'));
      expect(t.events.map((e) => e.type)).toEqual(['MODULE_STARTED', 'ATTENDANCE_RECORDED']);
      expect(d.state.modules[0]).toMatchObject({ status: 'ACTIVE', actualStart: day(12) });
      d.do(evaluate());
      expect(d.state.modules[0].status).toBe('ACTIVE'); // evaluated, but only 1 of 4 sessions held
      for (const s of ['s2', 's3', 's4']) {
        d.do(schedule(s, 'FACILITATION'));
        d.do(attend(s));
      }
      expect(d.state.modules[0]).toMatchObject({ status: 'COMPLETED', actualEnd: d.now });
      expect(d.state.stage).toBe('RE_EVALUATION');
    },
  );

  it('alerts the facilitator once when attendance falls below the threshold after enough sessions', () => {
    const d = new JourneyDriver().assess(['SOCIAL_MENTORING']).approve(); // 8 sessions planned
    const M = 'SOCIAL_MENTORING-1';
    const hold = (id: string, status: 'PRESENT' | 'PARTIAL' | 'ABSENT') => {
      d.do({ type: 'scheduleSession', moduleId: M, sessionId: id, sessionType: 'HOME_VISIT', scheduledAt: d.now });
      return d.do({ type: 'recordAttendance', moduleId: M, sessionId: id, status, heldAt: d.now });
    };
    expect(hold('a', 'ABSENT').effects).toEqual([]); // 0% but only 1 session held
    expect(hold('b', 'PRESENT').effects).toEqual([]);
    const third = hold('c', 'PARTIAL'); // (0 + 1 + 0.5) / 3 = 50% < 75% after 3 sessions
    expect(third.effects).toEqual([
      expect.objectContaining({
        kind: 'ALERT_FACILITATOR',
        data: expect.objectContaining({ moduleId: M, attendanceRate: 50 }),
      }),
    ]);
    expect(third.events.map((e) => e.type)).toContain('LOW_ATTENDANCE');
    expect(d.state.modules[0].lowAttendanceAlerted).toBe(true);
    expect(hold('d', 'ABSENT').effects).toEqual([]); // once per module
  });

  it('does not alert at exactly the threshold', () => {
    const d = new JourneyDriver().assess(['SOCIAL_MENTORING']).approve();
    const M = 'SOCIAL_MENTORING-1';
    const effects = (['PRESENT', 'PRESENT', 'PRESENT', 'ABSENT'] as const).flatMap((status, i) => {
      d.do({ type: 'scheduleSession', moduleId: M, sessionId: `x${i}`, sessionType: 'HOME_VISIT', scheduledAt: d.now });
      return d.do({ type: 'recordAttendance', moduleId: M, sessionId: `x${i}`, status, heldAt: d.now }).effects;
    });
    expect(effects).toEqual([]); // 3/4 = 75%: not below 75
  });

  it('a manager closes a module early with a reason; the plan then completes', () => {
    const d = journeyAt('IN_INTERVENTION');
    d.do({ type: 'closeModule', moduleId: MOD, reasonEvidenceId: 'ev-not-relevant' });
    expect(d.state.modules[0]).toMatchObject({ status: 'CLOSED', actualEnd: d.now });
    expect(d.state.stage).toBe('RE_EVALUATION');
  });

  it('a beneficiary withdraws mid-module: the journey closes and its timers stop', () => {
    const d = journeyAt('IN_INTERVENTION');
    d.do(schedule('s1'));
    d.do(attend('s1'));
    d.advance(5).do({ type: 'withdraw', reasonEvidenceId: 'ev-moved-to-city' });
    expect(d.state).toMatchObject({
      stage: 'WITHDRAWN',
      closed: { stage: 'WITHDRAWN', at: d.now, reasonEvidenceId: 'ev-moved-to-city' },
    });
    expect(d.state.modules[0].status).toBe('ACTIVE'); // history kept as it was
    expect(d.try(attend('s1'))).toMatchObject({ ok: false, code: 'JOURNEY_CLOSED' });
  });
});

describe('module command validation', () => {
  const cases: [string, JourneyCommand[], string][] = [
    ['unknown module', [{ ...schedule('s1'), moduleId: 'NOPE-9' } as JourneyCommand], 'UNKNOWN_MODULE'],
    ['unknown session', [attend('ghost')], 'SESSION_NOT_FOUND'],
    ['session type outside the template mix', [schedule('s1', 'HOME_VISIT')], 'VALIDATION_FAILED'],
    ['bad scheduledAt', [{ ...schedule('s1'), scheduledAt: '2026-13-45' } as JourneyCommand], 'VALIDATION_FAILED'],
    ['duplicate session', [schedule('s1'), schedule('s1')], 'VALIDATION_FAILED'],
    ['attendance twice', [schedule('s1'), attend('s1'), attend('s1')], 'VALIDATION_FAILED'],
    [
      'bad attendance status',
      [schedule('s1'), { ...attend('s1'), status: 'LATE' } as unknown as JourneyCommand],
      'VALIDATION_FAILED',
    ],
    ['score above 100', [evaluate(30, 101)], 'VALIDATION_FAILED'],
    ['negative score', [evaluate(-1, 50)], 'VALIDATION_FAILED'],
    [
      'extension of 0 days',
      [{ type: 'extendModule', moduleId: MOD, extraDays: 0, reasonEvidenceId: 'ev' }],
      'VALIDATION_FAILED',
    ],
    [
      'extension over a year',
      [{ type: 'extendModule', moduleId: MOD, extraDays: 366, reasonEvidenceId: 'ev' }],
      'VALIDATION_FAILED',
    ],
    [
      'fractional extension',
      [{ type: 'extendModule', moduleId: MOD, extraDays: 1.5, reasonEvidenceId: 'ev' }],
      'VALIDATION_FAILED',
    ],
    [
      'command on a closed module',
      [{ type: 'closeModule', moduleId: MOD, reasonEvidenceId: 'ev' }, evaluate()],
      'JOURNEY_OR_MODULE',
    ],
  ];
  it.each(cases)('%s', (_name, commands, code) => {
    const d = journeyAt('IN_INTERVENTION');
    commands.slice(0, -1).forEach((c) => d.do(c));
    const t = d.try(commands[commands.length - 1]);
    // Closing the only module ends the intervention stage, so the stage guard answers first.
    expect(t).toMatchObject({ ok: false, code: code === 'JOURNEY_OR_MODULE' ? 'COMMAND_NOT_ALLOWED_IN_STAGE' : code });
  });

  it('a command on a finished module of a running plan is refused', () => {
    const d = new JourneyDriver().assess(['SOCIAL_MENTORING', 'CAPITAL']).approve();
    d.do({ type: 'closeModule', moduleId: 'SOCIAL_MENTORING-1', reasonEvidenceId: 'ev' });
    expect(d.state.stage).toBe('IN_INTERVENTION');
    expect(
      d.try({ type: 'extendModule', moduleId: 'SOCIAL_MENTORING-1', extraDays: 5, reasonEvidenceId: 'ev' }),
    ).toMatchObject({ ok: false, code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });
  });
});

describe('assessment and plan approval', () => {
  it('derives the welfare level and proposes a plan from the needs', () => {
    const d = new JourneyDriver().assess(['FINANCIAL_MANAGEMENT', 'MANAGERIAL_MENTORING', 'EDUCATION'], 0.7);
    expect(d.state.welfareHistory[0].level).toBe('VULNERABLE');
    expect(d.state.proposedModules.map((m) => m.templateId)).toEqual(['MANAGERIAL_MENTORING']);
  });

  it.each([
    ['unknown need', cmd.assess(['MAGIC' as never])],
    ['negative ratio', cmd.assess(['CAPITAL'], -0.1)],
    ['infinite ratio', cmd.assess(['CAPITAL'], Infinity)],
    ['no evidence', { ...cmd.assess(), evidenceId: '' } as JourneyCommand],
  ])('refuses an assessment with %s', (_n, command) => {
    expect(new JourneyDriver().try(command)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('accepts an edited plan within template ranges, and refuses invalid ones', () => {
    const d = journeyAt('PLANNING');
    const start = d.state.proposedModules[0].plannedStart;
    expect(d.try({ type: 'approvePlan', modules: [] })).toMatchObject({ ok: false, code: 'INVALID_PLAN' });
    expect(
      d.try({
        type: 'approvePlan',
        modules: [{ templateId: 'CAPITAL_ACCESS', phase: 1, plannedStart: start, plannedSessions: 7 }],
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_PLAN' });
    expect(
      d.try({
        type: 'approvePlan',
        modules: [{ templateId: 'BAKING', phase: 1, plannedStart: start, plannedSessions: 4 }],
      }),
    ).toMatchObject({ ok: false, code: 'UNKNOWN_MODULE' });
    const t = d.do({
      type: 'approvePlan',
      modules: [
        { templateId: 'CAPITAL_ACCESS', phase: 1, plannedStart: start, plannedSessions: 6 },
        { templateId: 'MARKET_ACCESS', phase: 1, plannedStart: start, plannedSessions: 10 },
      ],
    });
    expect(t.events[0]).toMatchObject({ type: 'PLAN_APPROVED', data: { asProposed: false } });
    expect(d.state.modules.map((m) => [m.moduleId, m.plannedSessions])).toEqual([
      ['CAPITAL_ACCESS-1', 6],
      ['MARKET_ACCESS-2', 10],
    ]);
    expect(d.state.planApprovedAt).toBe(d.now);
  });
});
