import { deliveryOf, type DeliverySession } from '../../../domain/module/module-delivery.rules';
import {
  heldSessionsOf,
  templateDeliveries,
  type HeldSessionCount,
} from '../../../domain/module/template-delivery.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const V4 = getProgrammeRules('default', 4); // tolerance 10 points
const SOCIAL = V4.moduleTemplates.find((t) => t.id === 'SOCIAL_MENTORING')!; // 2-3 h; 40/40/20

const count = (
  templateId: string,
  sessionType: string,
  durationHours: number | null,
  sessions: number,
): HeldSessionCount => ({ templateId, sessionType, durationHours, sessions });

describe("many modules' held sessions per template", () => {
  // A learning group's three 2-hour guidance sessions (once each), a member's counselling and a home visit.
  const held = [
    count('SOCIAL_MENTORING', 'GROUP_GUIDANCE', 2, 3),
    count('SOCIAL_MENTORING', 'INDIVIDUAL_COUNSELING', 2, 1),
    count('SOCIAL_MENTORING', 'HOME_VISIT', 3, 1),
  ];

  it('weighs each session type by held hours against the template, flagging shares beyond the tolerance', () => {
    const [social] = templateDeliveries(held, [], V4);
    expect(social).toMatchObject({
      templateId: 'SOCIAL_MENTORING',
      nameId: SOCIAL.nameId,
      nameEn: 'Social mentoring',
      sessionsHeld: 5,
      hoursHeld: 11,
      heldWithoutHours: 0,
      sessionsOutsideHours: 0,
      mixBasis: 'HOURS',
      mixTolerancePoints: 10,
      mixOutsideTolerance: true,
    });
    expect(
      social.mix.map((m) => [m.sessionType, m.nameId, m.sharePercent, m.deviationPoints, m.outsideTolerance]),
    ).toEqual([
      ['INDIVIDUAL_COUNSELING', 'Konseling Individu', 18.18, -21.82, true],
      ['GROUP_GUIDANCE', 'Bimbingan Kelompok', 54.55, 14.55, true],
      ['HOME_VISIT', 'Kunjungan Rumah (Home Visit)', 27.27, 7.27, false],
    ]);
  });

  it('gives the shares deliveryOf gives for the same sessions listed one by one', () => {
    const oneByOne: DeliverySession[] = [2, 2, 2].map((h, i) => ({
      sessionId: `g${i}`,
      sessionType: 'GROUP_GUIDANCE',
      durationHours: h,
      held: true,
    }));
    oneByOne.push(
      { sessionId: 'c', sessionType: 'INDIVIDUAL_COUNSELING', durationHours: 2, held: true },
      { sessionId: 'h', sessionType: 'HOME_VISIT', durationHours: 3, held: true },
    );
    const direct = deliveryOf(oneByOne, SOCIAL, V4);
    const [social] = templateDeliveries(held, [], V4);
    expect(social.mix.map(({ nameId: _, ...m }) => m)).toEqual(direct.mix);
    expect(heldSessionsOf(held)).toHaveLength(5);
  });

  it('counts sessions instead of hours when a held session has no hours, and counts those outside the hours', () => {
    const [social] = templateDeliveries(
      [...held, count('SOCIAL_MENTORING', 'HOME_VISIT', null, 1), count('SOCIAL_MENTORING', 'HOME_VISIT', 4, 2)],
      [],
      V4,
    );
    expect(social).toMatchObject({ sessionsHeld: 8, hoursHeld: 19, heldWithoutHours: 1, sessionsOutsideHours: 2 });
    expect(social.mixBasis).toBe('SESSIONS');
    expect(social.mix.find((m) => m.sessionType === 'HOME_VISIT')).toMatchObject({ sessionsHeld: 4, sharePercent: 50 });
  });

  it('adds a session type the template lacks after its own, at 0 percent', () => {
    const [social] = templateDeliveries([...held, count('SOCIAL_MENTORING', 'THEORY', 2, 1)], [], V4);
    expect(social.mix.at(-1)).toMatchObject({ sessionType: 'THEORY', nameId: null, templatePercent: 0 });
  });

  it('lists templates in the order of the rules, then those the rules lack with sessions and hours only', () => {
    const list = templateDeliveries(
      [count('RETIRED_MODULE', 'THEORY', 2, 2), count('CAPITAL_ACCESS', 'THEORY', 3, 1), ...held],
      [{ templateId: 'VOCATIONAL_TRAINING', completed: 4, completedEarly: 1 }],
      V4,
    );
    expect(list.map((d) => d.templateId)).toEqual([
      'SOCIAL_MENTORING',
      'VOCATIONAL_TRAINING',
      'CAPITAL_ACCESS',
      'RETIRED_MODULE',
    ]);
    expect(list[1]).toMatchObject({
      sessionsHeld: 0,
      modulesCompleted: 4,
      completedEarly: 1,
      mixOutsideTolerance: false,
    });
    expect(list[1].mix.every((m) => m.sharePercent === null && !m.outsideTolerance)).toBe(true);
    expect(list[3]).toEqual({
      templateId: 'RETIRED_MODULE',
      nameId: null,
      nameEn: null,
      sessionsHeld: 2,
      hoursHeld: 4,
      heldWithoutHours: 0,
      hoursPerSession: null,
      sessionsOutsideHours: 0,
      mixBasis: null,
      mixTolerancePoints: null,
      mix: [],
      mixOutsideTolerance: false,
      modulesCompleted: 0,
      completedEarly: 0,
    });
  });
});
