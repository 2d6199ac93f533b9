import type { ModuleRun } from '../../../domain/journey/journey.types';
import { mentorModuleProgress } from '../../../domain/module/mentor-worklist.rules';

const run = (sessions: ModuleRun['sessions']): ModuleRun => ({
  templateId: 'TECHNICAL_MENTORING',
  phase: 1,
  plannedStart: '2026-01-10T00:00:00.000Z',
  plannedSessions: 6,
  moduleId: 'TECHNICAL_MENTORING-1',
  status: 'ACTIVE',
  plannedEnd: '2026-03-10T00:00:00.000Z',
  sessions,
  extensionsDays: 0,
  lowAttendanceAlerted: false,
  mentorId: 'mentor-m',
});

describe("a mentor's view of a module's progress", () => {
  it('counts held sessions against the plan and shows the earliest session still waiting for attendance', () => {
    const progress = mentorModuleProgress(
      run([
        { sessionId: 'a', sessionType: 'PRACTICE', scheduledAt: '2026-01-12T02:00:00.000Z', attendance: 'PRESENT' },
        { sessionId: 'c', sessionType: 'PRACTICE', scheduledAt: '2026-01-26T02:00:00.000Z' },
        { sessionId: 'b', sessionType: 'DISCUSSION', scheduledAt: '2026-01-19T02:00:00.000Z' },
      ]),
    );
    expect(progress).toEqual({
      sessionsHeld: 1,
      sessionsPlanned: 6,
      nextSession: { sessionId: 'b', sessionType: 'DISCUSSION', scheduledAt: '2026-01-19T02:00:00.000Z' },
    });
  });

  it('has no next session when every scheduled session is held', () => {
    expect(mentorModuleProgress(run([])).nextSession).toBeNull();
  });
});
