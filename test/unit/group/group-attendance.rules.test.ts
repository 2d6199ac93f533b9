import {
  membersNotListed,
  planAttendance,
  sentOutcome,
  sessionCopyOf,
  type AttendanceFacts,
  type SessionCopy,
} from '../../../domain/group/group-attendance.rules';
import type { ModuleRun } from '../../../domain/journey/journey.types';

const HELD = '2026-12-05T01:00:00.000Z';
/** Members a..e on the day; x is not; a's journey records PRESENT, b's PARTIAL, c and d have none, e holds no copy. */
const facts = (): AttendanceFacts => ({
  membersOnDay: new Set(['a', 'b', 'c', 'd', 'e', 'gone']),
  copies: new Map<string, SessionCopy | null>([
    ['a', { moduleId: 'M-1', attendance: 'PRESENT', heldAt: HELD }],
    ['b', { moduleId: 'M-1', attendance: 'PARTIAL', heldAt: HELD }],
    ['c', { moduleId: 'M-1' }],
    ['d', { moduleId: 'M-2' }],
    ['e', null],
    ['x', { moduleId: 'M-1' }],
  ]),
});

describe("planning a group session's attendance list", () => {
  it('sends what the journey lacks and reports what it already holds, in input order', () => {
    const plans = planAttendance(
      [
        { journeyId: 'c', status: 'PRESENT' },
        { journeyId: 'a', status: 'PRESENT' },
        { journeyId: 'd', status: 'ABSENT' },
      ],
      facts(),
    );
    expect(plans).toEqual([
      { kind: 'SEND', moduleId: 'M-1' },
      { kind: 'ALREADY', moduleId: 'M-1', status: 'PRESENT', heldAt: HELD },
      { kind: 'SEND', moduleId: 'M-2' },
    ]);
  });

  it('refuses, each with its own code: listed twice, not a member, no journey, no copy, another attendance', () => {
    const codes = planAttendance(
      [
        { journeyId: 'c', status: 'PRESENT' },
        { journeyId: 'c', status: 'ABSENT' },
        { journeyId: 'x', status: 'PRESENT' },
        { journeyId: 'gone', status: 'PRESENT' },
        { journeyId: 'e', status: 'PRESENT' },
        { journeyId: 'b', status: 'PRESENT' },
      ],
      facts(),
    ).map((p) => (p.kind === 'REFUSE' ? p.code : p.kind));
    expect(codes).toEqual([
      'LISTED_TWICE',
      'LISTED_TWICE',
      'NOT_A_GROUP_MEMBER',
      'NOT_FOUND',
      'SESSION_NOT_FOUND',
      'ATTENDANCE_ALREADY_RECORDED',
    ]);
  });

  it('tells a journey outside the group apart from no journey only for members', () => {
    const [unknown] = planAttendance([{ journeyId: 'nobody', status: 'PRESENT' }], facts());
    expect(unknown).toMatchObject({ kind: 'REFUSE', code: 'NOT_A_GROUP_MEMBER' });
  });

  it('reports the members on the day left out of the list whose journey still waits for the attendance', () => {
    expect(membersNotListed([{ journeyId: 'c', status: 'PRESENT' }], facts())).toEqual(['d']);
    expect(membersNotListed([], facts())).toEqual(['c', 'd']);
  });
});

describe('the outcome of an entry its journey answered', () => {
  it('is applied when the journey holds the attendance asked for', () => {
    expect(sentOutcome('PARTIAL', { moduleId: 'M-1', attendance: 'PARTIAL' })).toEqual({ outcome: 'APPLIED' });
  });

  it("is a reused key when the journey took the member's key as applied to another session", () => {
    expect(sentOutcome('PRESENT', { moduleId: 'M-1' })).toMatchObject({
      outcome: 'REFUSED',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(sentOutcome('ABSENT', { moduleId: 'M-1', attendance: 'PRESENT' })).toMatchObject({
      code: 'ATTENDANCE_ALREADY_RECORDED',
    });
  });
});

describe("a member's copy of the session", () => {
  it('is found in whichever module of the journey holds it', () => {
    const module = (moduleId: string, sessionIds: string[]): ModuleRun => ({
      moduleId,
      templateId: 'SOCIAL_MENTORING',
      phase: 1,
      plannedStart: HELD,
      plannedSessions: 8,
      status: 'ACTIVE',
      plannedEnd: HELD,
      sessions: sessionIds.map((sessionId) => ({
        sessionId,
        sessionType: 'GROUP_GUIDANCE',
        scheduledAt: HELD,
        ...(sessionId === 'g2' ? { attendance: 'ABSENT' as const, heldAt: HELD } : {}),
      })),
      extensionsDays: 0,
      lowAttendanceAlerted: false,
    });
    const modules = [module('M-1', ['s1']), module('M-2', ['g1', 'g2'])];
    expect(sessionCopyOf(modules, 'g2')).toEqual({ moduleId: 'M-2', attendance: 'ABSENT', heldAt: HELD });
    expect(sessionCopyOf(modules, 'g1')).toEqual({ moduleId: 'M-2', attendance: undefined, heldAt: undefined });
    expect(sessionCopyOf(modules, 'g3')).toBeNull();
  });
});
