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
