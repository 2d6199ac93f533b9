import {
  groupSessionRefusal,
  isMemberOn,
  localDayOf,
  memberCommandKey,
  membersOn,
  MAX_GROUP_CALL_KEY,
  scheduleTarget,
  tallyOutcomes,
} from '../../../domain/group/group-session.rules';
import type { ModuleRun } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { templateOf } from '../../../domain/module/module-run.rules';

const SOCIAL = templateOf('SOCIAL_MENTORING', getProgrammeRules('default', 3));
const LEARNING = { kind: 'LEARNING_GROUP', status: 'ACTIVE', moduleTemplateId: 'SOCIAL_MENTORING' } as const;
const SESSION = { sessionType: 'GROUP_GUIDANCE', startsAt: '2026-12-05T08:00:00+08:00', durationHours: 2.5 };
/** The checks under rules without module delivery checks (default v3) unless others are given: hours are hours. */
const refusalOf = (
  group: Parameters<typeof groupSessionRefusal>[0],
  template: Parameters<typeof groupSessionRefusal>[1],
  session: Parameters<typeof groupSessionRefusal>[2],
  rules: Parameters<typeof groupSessionRefusal>[3] = getProgrammeRules('default', 3),
) => groupSessionRefusal(group, template, session, rules);

const run = (moduleId: string, status: ModuleRun['status'], sessions: string[] = []): ModuleRun => ({
  moduleId,
  templateId: moduleId.replace(/-\d+$/, ''),
  phase: 1,
  plannedStart: '2026-12-01T00:00:00.000Z',
  plannedSessions: 8,
  status,
  plannedEnd: '2027-03-01T00:00:00.000Z',
  sessions: sessions.map((sessionId) => ({ sessionId, sessionType: 'GROUP_GUIDANCE', scheduledAt: SESSION.startsAt })),
  extensionsDays: 0,
  lowAttendanceAlerted: false,
});

describe('who is a member on a day', () => {
  const moved = [
    { journeyId: 'a', joinedOn: '2026-11-01', leftOn: '2026-12-05' },
    { journeyId: 'b', joinedOn: '2026-11-01', leftOn: null },
    { journeyId: 'c', joinedOn: '2026-12-06', leftOn: null },
  ];

  it('counts a member from the day they joined up to, not including, the day they left', () => {
    expect(isMemberOn(moved[0], '2026-11-01')).toBe(true);
    expect(isMemberOn(moved[0], '2026-12-04')).toBe(true);
    expect(isMemberOn(moved[0], '2026-12-05')).toBe(false); // the day they move, they belong to the new group only
    expect(isMemberOn(moved[1], '2027-06-01')).toBe(true);
    expect(isMemberOn(moved[2], '2026-12-05')).toBe(false);
  });

  it('lists each member once, also when they left and rejoined', () => {
    const rejoined = [...moved, { journeyId: 'b', joinedOn: '2026-10-01', leftOn: '2026-10-20' }];
    expect(membersOn(rejoined, '2026-12-04')).toEqual(['a', 'b']);
    expect(membersOn(rejoined, '2026-12-06')).toEqual(['b', 'c']);
  });

  it("takes a session's day as the client wrote it, in its own zone", () => {
    expect(localDayOf('2026-12-05T07:30:00+08:00')).toBe('2026-12-05'); // 23:30 UTC on the 4th
  });
});

describe('which group may hold which session', () => {
  it('accepts a session of the template mix in an open learning group', () => {
    expect(refusalOf(LEARNING, SOCIAL, SESSION)).toBeNull();
  });

  it('refuses other kinds, dissolved groups, unknown templates and types outside the mix', () => {
    expect(refusalOf({ ...LEARNING, kind: 'BUSINESS_GROUP' }, SOCIAL, SESSION)?.code).toBe('VALIDATION_FAILED');
    expect(refusalOf({ ...LEARNING, status: 'DISSOLVED' }, SOCIAL, SESSION)?.code).toBe('GROUP_DISSOLVED');
    expect(refusalOf(LEARNING, undefined, SESSION)?.code).toBe('UNKNOWN_MODULE');
    const theory = refusalOf(LEARNING, SOCIAL, { ...SESSION, sessionType: 'THEORY' });
    expect(theory).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'sessionType must be one of INDIVIDUAL_COUNSELING, GROUP_GUIDANCE, HOME_VISIT for SOCIAL_MENTORING',
    });
  });

  it('refuses a start without a zone and lengths outside (0, 24] hours or finer than hundredths', () => {
    expect(refusalOf(LEARNING, SOCIAL, { ...SESSION, startsAt: '2026-12-05' })?.code).toBe('VALIDATION_FAILED');
    for (const durationHours of [0, -1, 24.01, 1.005, Number.NaN])
      expect(refusalOf(LEARNING, SOCIAL, { ...SESSION, durationHours })?.code).toBe('VALIDATION_FAILED');
    for (const durationHours of [0.25, 1.33, 24])
      expect(refusalOf(LEARNING, SOCIAL, { ...SESSION, durationHours })).toBeNull();
  });

  it("refuses hours outside the template's hours per session where the rules refuse them, before storing", () => {
    const v4 = getProgrammeRules('default', 4); // hoursPerSession FLAG
    const refusing = { moduleDelivery: { ...v4.moduleDelivery!, hoursPerSession: 'REFUSE' as const } };
    const social = templateOf('SOCIAL_MENTORING', v4); // 2-3 hours
    expect(refusalOf(LEARNING, social, { ...SESSION, durationHours: 3.5 }, v4)).toBeNull(); // flagged on the module
    expect(refusalOf(LEARNING, social, { ...SESSION, durationHours: 3.5 }, refusing)).toEqual({
      code: 'SESSION_HOURS_OUTSIDE_TEMPLATE',
      message:
        'A SOCIAL_MENTORING session lasts 2-3 hours by its template; 3.5 is longer, and the programme rules refuse it',
    });
    expect(refusalOf(LEARNING, social, { ...SESSION, durationHours: 1.5 }, refusing)?.message).toContain('shorter');
    for (const durationHours of [2, 2.5, 3])
      expect(refusalOf(LEARNING, social, { ...SESSION, durationHours }, refusing)).toBeNull();
  });
});

describe("a member's copy of a group session", () => {
  it("goes into the member's open module of the group's template", () => {
    const modules = [run('SOCIAL_MENTORING-1', 'COMPLETED'), run('SOCIAL_MENTORING-2', 'ACTIVE')];
    expect(scheduleTarget(modules, 'SOCIAL_MENTORING', 'g1')).toEqual({ kind: 'SEND', moduleId: 'SOCIAL_MENTORING-2' });
  });

  it('is already there when the journey holds the session, and refused without an open module or journey', () => {
    const holding = [run('SOCIAL_MENTORING-1', 'COMPLETED', ['g1'])];
    expect(scheduleTarget(holding, 'SOCIAL_MENTORING', 'g1')).toEqual({
      kind: 'ALREADY',
      moduleId: 'SOCIAL_MENTORING-1',
    });
    expect(scheduleTarget(holding, 'SOCIAL_MENTORING', 'g2')).toMatchObject({ kind: 'REFUSE', code: 'UNKNOWN_MODULE' });
    expect(scheduleTarget([run('CAPITAL_ACCESS-1', 'ACTIVE')], 'SOCIAL_MENTORING', 'g1')).toMatchObject({
      code: 'UNKNOWN_MODULE',
    });
    expect(scheduleTarget(null, 'SOCIAL_MENTORING', 'g1')).toMatchObject({ kind: 'REFUSE', code: 'NOT_FOUND' });
  });

  it("runs with the call's key and the journey's UUID, which must fit the 128-character key limit", () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(memberCommandKey('k'.repeat(MAX_GROUP_CALL_KEY), id)).toHaveLength(128);
  });

  it('counts member lines by outcome', () => {
    expect(tallyOutcomes(['APPLIED', 'REFUSED', 'APPLIED', 'NOT_RECORDED'])).toEqual({
      APPLIED: 2,
      ALREADY_APPLIED: 0,
      REFUSED: 1,
      NOT_RECORDED: 1,
    });
  });
});
