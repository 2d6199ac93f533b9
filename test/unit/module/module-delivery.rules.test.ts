import { deliveryOf, moduleDeliveryOf, type DeliverySession } from '../../../domain/module/module-delivery.rules';
import type { ModuleRun } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const V4 = getProgrammeRules('default', 4); // tolerance 10 points, 30 days a month
const V1 = getProgrammeRules('default', 1); // no moduleDelivery
const SOCIAL = V4.moduleTemplates.find((t) => t.id === 'SOCIAL_MENTORING')!; // 2-3 months, 2-3 h, 40/40/20

let n = 0;
const held = (sessionType: string, durationHours?: number): DeliverySession => ({
  sessionId: `s${++n}`,
  sessionType,
  durationHours,
  held: true,
  heldAt: '2026-03-01T08:00:00.000Z',
});
const planned = (sessionType: string, durationHours?: number): DeliverySession => ({
  ...held(sessionType, durationHours),
  held: false,
  heldAt: null,
});
const share = (d: ReturnType<typeof deliveryOf>, type: string) => d.mix.find((m) => m.sessionType === type)!;

describe('a module delivery against its template', () => {
  it('counts hours held and scheduled, and lists the sessions whose hours lie outside the template', () => {
    const sessions = [held('GROUP_GUIDANCE', 2), held('HOME_VISIT', 1.5), planned('INDIVIDUAL_COUNSELING', 4)];
    const d = deliveryOf(sessions, SOCIAL, V4, '2026-03-01T08:00:00.000Z');
    expect(d).toMatchObject({ sessionsScheduled: 3, sessionsHeld: 2, hoursHeld: 3.5, hoursScheduled: 7.5 });
    expect(d.hoursPerSession).toEqual({ min: 2, max: 3 });
    expect(d.sessionsOutsideHours).toEqual([
      { sessionId: sessions[1].sessionId, sessionType: 'HOME_VISIT', durationHours: 1.5, check: 'BELOW' },
      { sessionId: sessions[2].sessionId, sessionType: 'INDIVIDUAL_COUNSELING', durationHours: 4, check: 'ABOVE' },
    ]);
  });

  it('checks hours held against the total the template computes (sessions x hours per session)', () => {
    const of = (hours: number[]) =>
      deliveryOf(
        hours.map((h) => held('GROUP_GUIDANCE', h)),
        SOCIAL,
        V4,
      ).totalHoursCheck;
    expect(of([3, 3, 3])).toBe('BELOW'); // 9 < 16
    expect(of(Array<number>(8).fill(2))).toBe('WITHIN'); // 16
    expect(of(Array<number>(11).fill(3))).toBe('ABOVE'); // 33 > 30
  });

  it("shares each session type's held hours against the template, flagging a deviation beyond the tolerance", () => {
    // 4 + 4 + 2 hours of 40/40/20: on the template.
    const even = deliveryOf(
      [
        held('INDIVIDUAL_COUNSELING', 2),
        held('INDIVIDUAL_COUNSELING', 2),
        held('GROUP_GUIDANCE', 2),
        held('GROUP_GUIDANCE', 2),
        held('HOME_VISIT', 2),
      ],
      SOCIAL,
      V4,
    );
    expect(even.mixBasis).toBe('HOURS');
    expect(even.mix.map((m) => [m.sessionType, m.sharePercent, m.deviationPoints, m.outsideTolerance])).toEqual([
      ['INDIVIDUAL_COUNSELING', 40, 0, false],
      ['GROUP_GUIDANCE', 40, 0, false],
      ['HOME_VISIT', 20, 0, false],
    ]);
    expect(even.mixOutsideTolerance).toBe(false);
    // Home visits of 3 hours against group guidance of 2: 3/7 = 42.86% of hours, 22.86 points over.
    const skewed = deliveryOf(
      [held('GROUP_GUIDANCE', 2), held('GROUP_GUIDANCE', 2), held('HOME_VISIT', 3)],
      SOCIAL,
      V4,
    );
    expect(share(skewed, 'HOME_VISIT')).toMatchObject({
      sharePercent: 42.86,
      deviationPoints: 22.86,
      outsideTolerance: true,
    });
    expect(share(skewed, 'INDIVIDUAL_COUNSELING')).toMatchObject({
      sharePercent: 0,
      deviationPoints: -40,
      outsideTolerance: true,
    });
    expect(skewed.mixOutsideTolerance).toBe(true);
  });

  it('accepts a deviation of exactly the tolerance: only more is flagged', () => {
    const tenOff = deliveryOf(
      [
        held('INDIVIDUAL_COUNSELING', 2),
        held('INDIVIDUAL_COUNSELING', 3),
        held('GROUP_GUIDANCE', 2),
        held('GROUP_GUIDANCE', 1),
        held('HOME_VISIT', 2),
      ],
      SOCIAL,
      V4,
    );
    // 5/10 = 50% counselling (10 over), 3/10 = 30% group guidance (10 under), 20% home visits.
    expect(tenOff.mix.map((m) => [m.deviationPoints, m.outsideTolerance])).toEqual([
      [10, false],
      [-10, false],
      [0, false],
    ]);
  });

  it('counts by session when a held session carries no hours, so no share weighs a session as nothing', () => {
    const d = deliveryOf(
      [held('GROUP_GUIDANCE', 3), held('GROUP_GUIDANCE'), held('HOME_VISIT', 2), planned('HOME_VISIT')],
      SOCIAL,
      V4,
    );
    expect(d).toMatchObject({ mixBasis: 'SESSIONS', heldWithoutHours: 1, hoursHeld: 5 });
    expect(share(d, 'GROUP_GUIDANCE')).toMatchObject({ sessionsHeld: 2, hoursHeld: 3, sharePercent: 66.67 });
    expect(share(d, 'HOME_VISIT')).toMatchObject({ sessionsHeld: 1, sharePercent: 33.33 });
  });

  it('shows no share before any session is held, and a type the template does not list at 0%', () => {
    const none = deliveryOf([planned('HOME_VISIT', 2)], SOCIAL, V4);
    expect(none.mix.every((m) => m.sharePercent === null && !m.outsideTolerance)).toBe(true);
    const other = deliveryOf([held('THEORY', 2)], SOCIAL, V4);
    expect(share(other, 'THEORY')).toMatchObject({ templatePercent: 0, sharePercent: 100, outsideTolerance: true });
  });

  it("gives the template's minimum duration in days and the earliest completion from the first session", () => {
    const d = deliveryOf([held('HOME_VISIT', 2)], SOCIAL, V4, '2026-03-01T08:00:00.000Z');
    expect(d.minimumDurationDays).toBe(60); // 2 months x 30 days
    expect(d.earliestCompletion).toBe('2026-04-30T08:00:00.000Z');
    expect(deliveryOf([], SOCIAL, V4).earliestCompletion).toBeNull();
  });

  it('without delivery rules every deviation is shown (tolerance 0), on the same figures', () => {
    const d = deliveryOf([held('GROUP_GUIDANCE', 2), held('HOME_VISIT', 2)], SOCIAL, V1);
    expect(d.mixTolerancePoints).toBe(0);
    expect(share(d, 'GROUP_GUIDANCE')).toMatchObject({ sharePercent: 50, deviationPoints: 10, outsideTolerance: true });
  });

  it("reads a journey's module: sessions with attendance are held, the first one's date starts the clock", () => {
    const module: ModuleRun = {
      moduleId: 'SOCIAL_MENTORING-1',
      templateId: 'SOCIAL_MENTORING',
      phase: 1,
      plannedStart: '2026-03-01T00:00:00.000Z',
      plannedSessions: 8,
      status: 'ACTIVE',
      plannedEnd: '2026-05-30T00:00:00.000Z',
      actualStart: '2026-03-02T00:00:00.000Z',
      sessions: [
        {
          sessionId: 'a',
          sessionType: 'HOME_VISIT',
          scheduledAt: '2026-03-02T00:00:00.000Z',
          durationHours: 2,
          attendance: 'ABSENT',
          heldAt: '2026-03-02T00:00:00.000Z',
        },
        { sessionId: 'b', sessionType: 'HOME_VISIT', scheduledAt: '2026-03-09T00:00:00.000Z', durationHours: 2 },
      ],
      extensionsDays: 0,
      lowAttendanceAlerted: false,
    };
    expect(moduleDeliveryOf(module, V4)).toMatchObject({
      sessionsHeld: 1,
      hoursHeld: 2,
      hoursScheduled: 4,
      earliestCompletion: '2026-05-01T00:00:00.000Z',
    });
    expect(moduleDeliveryOf({ ...module, templateId: 'GONE' }, V4)).toBeNull();
  });
});
