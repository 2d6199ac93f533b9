import type { JourneyCommand } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { addDays } from '../../../domain/shared/iso-time';
import { JourneyDriver } from './journey-fixtures';

const V3 = getProgrammeRules('default', 3); // no delivery checks
const V4 = getProgrammeRules('default', 4); // minimum duration REFUSE, hours per session FLAG
const withDelivery = (delivery: Partial<NonNullable<ProgrammeRules['moduleDelivery']>>): ProgrammeRules => {
  const rules = JSON.parse(JSON.stringify(V4)) as ProgrammeRules;
  rules.moduleDelivery = { ...rules.moduleDelivery!, ...delivery };
  return rules;
};

/** CAPITAL_ACCESS: 4-6 sessions (4 planned), 3-4 hours each, at least 2 months (60 days) long. */
const MOD = 'CAPITAL_ACCESS-1';
const inIntervention = (rules: ProgrammeRules) => new JourneyDriver(rules).assess(['CAPITAL']).approve();
const schedule = (sessionId: string, extra: Partial<Record<'durationHours' | 'groupId', unknown>> = {}) =>
  ({
    type: 'scheduleSession',
    moduleId: MOD,
    sessionId,
    sessionType: 'FACILITATION',
    scheduledAt: '2026-02-01T08:00:00.000Z',
    ...extra,
  }) as JourneyCommand;
const evaluate: JourneyCommand = {
  type: 'recordModuleEvaluation',
  moduleId: MOD,
  preScore: 40,
  postScore: 80,
  assignmentResult: 'PASSED',
};
/** Holds `count` sessions of 3 hours, one every `everyDays` days from now. */
function hold(d: JourneyDriver, count: number, everyDays = 3, from = d.state.modules[0].sessions.length): void {
  for (let i = from; i < from + count; i++) {
    d.do(schedule(`s${i + 1}`, { durationHours: 3 }));
    d.do({ type: 'recordAttendance', moduleId: MOD, sessionId: `s${i + 1}`, status: 'PRESENT', heldAt: d.now });
    d.advance(everyDays);
  }
}
const firstModule = (d: JourneyDriver) => d.state.modules[0];

describe('delivery checked against the template', () => {
  it("keeps a session's hours and group, and refuses hours that are not hours", () => {
    const d = inIntervention(V3);
    d.do(schedule('a', { durationHours: 3.5, groupId: 'grp-1' }));
    expect(firstModule(d).sessions[0]).toMatchObject({ sessionId: 'a', durationHours: 3.5, groupId: 'grp-1' });
    for (const hours of [0, -1, 24.5, Number.NaN, '3'])
      expect(d.try(schedule('b', { durationHours: hours }))).toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/durationHours must be a number of hours above 0 and at most 24/),
      });
    expect(d.try(schedule('b', { groupId: ' ' }))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    d.do(schedule('b'));
    expect(firstModule(d).sessions[1]).toEqual({
      sessionId: 'b',
      sessionType: 'FACILITATION',
      scheduledAt: '2026-02-01T08:00:00.000Z',
    });
  });

  it('without delivery rules a module completes in a fortnight, unmarked, with its events as before', () => {
    const d = inIntervention(V3);
    hold(d, 4);
    d.do(schedule('long', { durationHours: 9 })); // outside 3-4 hours: accepted, nothing refused
    const t = d.do(evaluate);
    expect(firstModule(d).status).toBe('COMPLETED');
    expect(firstModule(d).completedEarly).toBeUndefined();
    expect(t.events.find((e) => e.type === 'MODULE_COMPLETED')!.data).toEqual({
      moduleId: MOD,
      heldSessions: 4,
      attendanceRate: 100,
    });
  });

  it('refuses the evaluation before the minimum duration (MODULE_MINIMUM_DURATION), naming the earliest date', () => {
    const d = inIntervention(V4);
    expect(d.try(evaluate)).toMatchObject({
      ok: false,
      code: 'MODULE_MINIMUM_DURATION',
      message: expect.stringMatching(/has not started/),
    });
    const start = d.now;
    hold(d, 4); // 12 days
    const before = d.state;
    const earliest = addDays(start, 60);
    expect(d.try(evaluate)).toMatchObject({
      ok: false,
      code: 'MODULE_MINIMUM_DURATION',
      message: expect.stringContaining(`from ${earliest}`),
    });
    expect(d.state).toBe(before);
    d.now = addDays(earliest, -0.001);
    expect(d.try(evaluate)).toMatchObject({ ok: false, code: 'MODULE_MINIMUM_DURATION' });
    d.now = earliest;
    const t = d.do(evaluate);
    expect(firstModule(d)).toMatchObject({ status: 'COMPLETED', actualEnd: earliest });
    expect(firstModule(d).completedEarly).toBeUndefined();
    expect(t.events.find((e) => e.type === 'MODULE_COMPLETED')!.data).not.toHaveProperty('completedEarly');
    expect(d.state.stage).toBe('RE_EVALUATION');
  });

  it('refuses an early evaluation while sessions remain, so a later attendance never completes a module early', () => {
    const d = inIntervention(V4);
    hold(d, 1);
    expect(d.try(evaluate)).toMatchObject({ ok: false, code: 'MODULE_MINIMUM_DURATION' });
    hold(d, 3);
    expect(firstModule(d).status).toBe('ACTIVE'); // every session held, not evaluated: not complete
  });

  it('flags an early completion under FLAG: the module and its event carry completedEarly', () => {
    const d = inIntervention(withDelivery({ minimumDuration: 'FLAG' }));
    const start = d.now;
    hold(d, 4);
    const t = d.do(evaluate);
    expect(firstModule(d)).toMatchObject({ status: 'COMPLETED', completedEarly: true });
    expect(t.events.find((e) => e.type === 'MODULE_COMPLETED')!.data).toMatchObject({
      completedEarly: true,
      earliestCompletion: addDays(start, 60),
    });
  });

  it('refuses hours outside the template under hoursPerSession REFUSE, and asks for them', () => {
    const d = inIntervention(withDelivery({ hoursPerSession: 'REFUSE' }));
    expect(d.try(schedule('a', { durationHours: 2 }))).toMatchObject({
      ok: false,
      code: 'SESSION_HOURS_OUTSIDE_TEMPLATE',
      message: expect.stringMatching(/CAPITAL_ACCESS session lasts 3-4 hours by its template; 2 is shorter/),
    });
    expect(d.try(schedule('a', { durationHours: 4.5 }))).toMatchObject({ code: 'SESSION_HOURS_OUTSIDE_TEMPLATE' });
    expect(d.try(schedule('a'))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/durationHours is required/),
    });
    expect(firstModule(d).sessions).toEqual([]);
    d.do(schedule('a', { durationHours: 4 }));
    expect(firstModule(d).sessions).toHaveLength(1);
  });

  it('accepts hours outside the template under FLAG', () => {
    const d = inIntervention(V4);
    d.do(schedule('a', { durationHours: 1 }));
    expect(firstModule(d).sessions[0].durationHours).toBe(1);
  });

  it('completes, marked early, a module evaluated before the journey moved onto rules that refuse it', () => {
    const d = inIntervention(V3);
    hold(d, 1);
    d.do(evaluate); // accepted under v3
    d.do({ type: 'migrateRules', rulesVersion: 4, reasonEvidenceId: 'ev-move' });
    const v4 = new JourneyDriver(V4);
    v4.state = d.state;
    v4.now = d.now;
    hold(v4, 3); // an attendance is never refused
    expect(v4.state.modules[0]).toMatchObject({ status: 'COMPLETED', completedEarly: true });
  });
});
