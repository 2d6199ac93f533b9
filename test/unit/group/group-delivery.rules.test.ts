import { firstHeldAt, groupDeliveryOf } from '../../../domain/group/group-delivery.rules';
import type { DeliverySession } from '../../../domain/module/module-delivery.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const V4 = getProgrammeRules('default', 4); // 30 days a month; SOCIAL_MENTORING lasts at least 2 months
const learning = { kind: 'LEARNING_GROUP' as const, moduleTemplateId: 'SOCIAL_MENTORING' };
const session = (id: string, heldAt: string | null, sessionType = 'GROUP_GUIDANCE'): DeliverySession => ({
  sessionId: id,
  sessionType,
  durationHours: 2,
  held: heldAt !== null,
  heldAt,
});

describe("a learning group's delivery", () => {
  const sessions = [
    session('s2', '2027-03-08T02:00:00.000Z'),
    session('s1', '2027-03-01T02:00:00.000Z', 'HOME_VISIT'),
    session('s3', null),
  ];

  it('starts at its first held session, whatever the order of the rows', () => {
    expect(firstHeldAt(sessions)).toBe('2027-03-01T02:00:00.000Z');
    expect(firstHeldAt([session('s3', null)])).toBeNull();
  });

  it("weighs the group's sessions against its template, each once, with its earliest completion", () => {
    const d = groupDeliveryOf(learning, sessions, V4)!;
    expect(d).toMatchObject({
      templateId: 'SOCIAL_MENTORING',
      sessionsScheduled: 3,
      sessionsHeld: 2,
      hoursHeld: 4,
      hoursScheduled: 6,
      mixBasis: 'HOURS',
      minimumDurationDays: 60,
      earliestCompletion: '2027-04-30T02:00:00.000Z',
    });
    expect(d.mix.map((m) => [m.sessionType, m.sharePercent])).toEqual([
      ['INDIVIDUAL_COUNSELING', 0],
      ['GROUP_GUIDANCE', 50],
      ['HOME_VISIT', 50],
    ]);
  });

  it('is null for a group that takes no module, and for a template the rules no longer hold', () => {
    expect(groupDeliveryOf({ kind: 'BUSINESS_GROUP', moduleTemplateId: null }, sessions, V4)).toBeNull();
    expect(groupDeliveryOf({ ...learning, moduleTemplateId: 'RETIRED' }, sessions, V4)).toBeNull();
  });
});
