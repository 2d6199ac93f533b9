import {
  attendanceRate,
  heldSessions,
  isModuleComplete,
  plannedEndOf,
  shouldAlertLowAttendance,
} from '../../../domain/module/module-run.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { AttendanceStatus, ModuleRun } from '../../../domain/journey/journey.types';

const rules = getProgrammeRules('default', 1);
const S = '2026-02-01T00:00:00.000Z';
function run(statuses: (AttendanceStatus | undefined)[], extra: Partial<ModuleRun> = {}): ModuleRun {
  return {
    templateId: 'SOCIAL_MENTORING',
    phase: 1,
    plannedStart: S,
    plannedSessions: 3,
    moduleId: 'SOCIAL_MENTORING-1',
    status: 'ACTIVE',
    plannedEnd: S,
    extensionsDays: 0,
    lowAttendanceAlerted: false,
    sessions: statuses.map((attendance, i) => ({
      sessionId: `s${i}`,
      sessionType: 'HOME_VISIT',
      scheduledAt: S,
      ...(attendance ? { attendance, heldAt: S } : {}),
    })),
    ...extra,
  };
}

describe('module run rules', () => {
  it('plans the end at the template maximum duration (social mentoring: 3 months of 30 days)', () => {
    expect(plannedEndOf({ templateId: 'SOCIAL_MENTORING', phase: 1, plannedStart: S, plannedSessions: 8 }, rules)).toBe(
      '2026-05-02T00:00:00.000Z',
    );
  });

  it('counts PARTIAL as half and ignores sessions not yet held', () => {
    expect(attendanceRate(run([]))).toBeNull();
    expect(attendanceRate(run(['PRESENT', 'PARTIAL', 'ABSENT', undefined]))).toBe(50);
    expect(heldSessions(run(['PRESENT', 'ABSENT', undefined]))).toBe(2);
  });

  it('alerts below the threshold only after minSessionsBeforeAlert held sessions, and only once', () => {
    expect(shouldAlertLowAttendance(run(['ABSENT', 'ABSENT']), rules)).toBe(false);
    expect(shouldAlertLowAttendance(run(['ABSENT', 'ABSENT', 'PRESENT']), rules)).toBe(true);
    expect(shouldAlertLowAttendance(run(['ABSENT', 'ABSENT', 'PRESENT'], { lowAttendanceAlerted: true }), rules)).toBe(
      false,
    );
    expect(shouldAlertLowAttendance(run(['PRESENT', 'PRESENT', 'PRESENT', 'ABSENT']), rules)).toBe(false);
  });

  it('is complete with the planned sessions held and an evaluation', () => {
    expect(isModuleComplete(run(['PRESENT', 'PRESENT', 'ABSENT']))).toBe(false);
    expect(isModuleComplete(run(['PRESENT', 'PRESENT', 'ABSENT'], { evaluatedAt: S }))).toBe(true);
    expect(isModuleComplete(run(['PRESENT', 'PRESENT', undefined], { evaluatedAt: S }))).toBe(false);
  });
});
