import type { JourneyCommand, ModuleRun } from '../../../domain/journey/journey.types';
import { actor, FACILITATOR, JourneyDriver, MANAGER } from './journey-fixtures';

const MENTOR = actor('mentor', 'mentor-m');
const assign = (templateId: string, mentorId = MENTOR.userId, reasonEvidenceId = 'ev-assign'): JourneyCommand => ({
  type: 'assignModuleMentor',
  templateId,
  mentorId,
  reasonEvidenceId,
});
/** An approved plan of two modules: technical mentoring and capital access. */
const twoModules = () => new JourneyDriver().advance(3).assess(['TECHNICAL_MENTORING', 'CAPITAL']).approve();
const moduleOf = (d: JourneyDriver, templateId: string): ModuleRun => {
  const found = d.state.modules.find((m) => m.templateId === templateId);
  if (!found) throw new Error(`no ${templateId} in the plan`);
  return found;
};

describe('assigning a module to a mentor', () => {
  it("records the mentor on that module run only, with an event naming the module and the reason's evidence", () => {
    const d = twoModules();
    const t = d.do(assign('TECHNICAL_MENTORING'));
    expect(moduleOf(d, 'TECHNICAL_MENTORING').mentorId).toBe('mentor-m');
    expect(moduleOf(d, 'CAPITAL_ACCESS').mentorId).toBeUndefined();
    expect(t.events).toEqual([
      expect.objectContaining({
        type: 'MODULE_MENTOR_ASSIGNED',
        actor: MANAGER,
        data: {
          moduleId: moduleOf(d, 'TECHNICAL_MENTORING').moduleId,
          templateId: 'TECHNICAL_MENTORING',
          from: null,
          to: 'mentor-m',
          reasonEvidenceId: 'ev-assign',
        },
      }),
    ]);
  });

  it('hands a module to another mentor, the event naming who had it', () => {
    const d = twoModules();
    d.do(assign('TECHNICAL_MENTORING'));
    const t = d.do(assign('TECHNICAL_MENTORING', 'mentor-n'));
    expect(moduleOf(d, 'TECHNICAL_MENTORING').mentorId).toBe('mentor-n');
    expect(t.events[0].data).toMatchObject({ from: 'mentor-m', to: 'mentor-n' });
    expect(d.try(assign('TECHNICAL_MENTORING', 'mentor-n'))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('refuses a template the approved plan does not have', () => {
    const d = twoModules();
    expect(d.try(assign('MARKET_ACCESS'))).toMatchObject({ ok: false, code: 'UNKNOWN_MODULE' });
  });

  it('refuses a module that was closed or completed', () => {
    const d = twoModules();
    d.do({ type: 'closeModule', moduleId: moduleOf(d, 'CAPITAL_ACCESS').moduleId, reasonEvidenceId: 'ev-close' });
    expect(d.try(assign('CAPITAL_ACCESS'))).toMatchObject({ ok: false, code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });
  });

  it('is for managers, with a reason, once the plan is approved', () => {
    const d = twoModules();
    expect(d.try(assign('TECHNICAL_MENTORING'), FACILITATOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(d.try(assign('TECHNICAL_MENTORING'), MENTOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(d.try(assign('TECHNICAL_MENTORING', 'mentor-m', ''))).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    const planning = new JourneyDriver().advance(3).assess(['TECHNICAL_MENTORING']);
    expect(planning.try(assign('TECHNICAL_MENTORING'))).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
  });

  it('is accepted while the journey is paused (staffing, like reassigning the facilitator)', () => {
    const d = twoModules();
    d.do({ type: 'pause', reasonEvidenceId: 'ev-pause' });
    expect(d.try(assign('TECHNICAL_MENTORING')).ok).toBe(true);
  });
});

describe('a mentor acts only on the modules assigned to them', () => {
  const schedule = (moduleId: string, sessionId = 's1'): JourneyCommand => ({
    type: 'scheduleSession',
    moduleId,
    sessionId,
    sessionType: 'PRACTICE',
    scheduledAt: '2026-01-20T02:00:00.000Z',
  });

  it('schedules a session, records attendance and the evaluation of their module', () => {
    const d = twoModules();
    d.do(assign('TECHNICAL_MENTORING'));
    const id = moduleOf(d, 'TECHNICAL_MENTORING').moduleId;
    d.do(schedule(id), MENTOR);
    const t = d.do(
      {
        type: 'recordAttendance',
        moduleId: id,
        sessionId: 's1',
        status: 'PRESENT',
        heldAt: '2026-01-20T02:00:00.000Z',
      },
      MENTOR,
    );
    expect(t.events.map((e) => e.actor)).toEqual([MENTOR, MENTOR]);
    d.do(
      { type: 'recordModuleEvaluation', moduleId: id, preScore: 35, postScore: 80, assignmentResult: 'PASSED' },
      MENTOR,
    );
    expect(moduleOf(d, 'TECHNICAL_MENTORING')).toMatchObject({
      status: 'ACTIVE',
      postScore: 80,
      sessions: [expect.objectContaining({ sessionId: 's1', attendance: 'PRESENT' })],
    });
  });

  it('is refused with NOT_YOUR_MODULE on a module without a mentor or with another mentor, and nothing changes', () => {
    const d = twoModules();
    d.do(assign('TECHNICAL_MENTORING', 'mentor-n'));
    const before = d.state;
    for (const templateId of ['TECHNICAL_MENTORING', 'CAPITAL_ACCESS']) {
      const id = moduleOf(d, templateId).moduleId;
      expect(d.try(schedule(id), MENTOR)).toMatchObject({ ok: false, code: 'NOT_YOUR_MODULE' });
      expect(
        d.try(
          { type: 'recordModuleEvaluation', moduleId: id, preScore: 1, postScore: 2, assignmentResult: 'PASSED' },
          MENTOR,
        ),
      ).toMatchObject({ ok: false, code: 'NOT_YOUR_MODULE' });
    }
    expect(d.state).toBe(before);
  });

  it('loses the module when a manager hands it to another mentor', () => {
    const d = twoModules();
    d.do(assign('TECHNICAL_MENTORING'));
    const id = moduleOf(d, 'TECHNICAL_MENTORING').moduleId;
    d.do(schedule(id, 's1'), MENTOR);
    d.do(assign('TECHNICAL_MENTORING', 'mentor-n'));
    expect(d.try(schedule(id, 's2'), MENTOR)).toMatchObject({ ok: false, code: 'NOT_YOUR_MODULE' });
    expect(d.try(schedule(id, 's2'), actor('mentor', 'mentor-n')).ok).toBe(true);
  });

  it('is refused a module the plan does not have as UNKNOWN_MODULE, like everyone', () => {
    const d = twoModules();
    expect(d.try(schedule('MARKET_ACCESS-9'), MENTOR)).toMatchObject({ ok: false, code: 'UNKNOWN_MODULE' });
  });

  it('leaves the facilitator free to work on a module that has a mentor', () => {
    const d = twoModules();
    d.do(assign('TECHNICAL_MENTORING'));
    expect(d.try(schedule(moduleOf(d, 'TECHNICAL_MENTORING').moduleId), FACILITATOR).ok).toBe(true);
  });

  it('may issue no other command: FORBIDDEN before any module rule', () => {
    const d = twoModules();
    d.do(assign('TECHNICAL_MENTORING'));
    const id = moduleOf(d, 'TECHNICAL_MENTORING').moduleId;
    const others: JourneyCommand[] = [
      { type: 'closeModule', moduleId: id, reasonEvidenceId: 'ev' },
      { type: 'extendModule', moduleId: id, extraDays: 3, reasonEvidenceId: 'ev' },
      { type: 'decideGraduation', decision: 'GRADUATE', reasonEvidenceId: 'ev' },
      { type: 'correctData', field: 'x', reasonEvidenceId: 'ev' },
      { type: 'withdraw', reasonEvidenceId: 'ev' },
      { type: 'pause', reasonEvidenceId: 'ev' },
      assign('TECHNICAL_MENTORING', 'mentor-n'),
    ];
    for (const command of others) expect(d.try(command, MENTOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
