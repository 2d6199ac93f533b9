import {
  businessPlanProblems,
  capitalProblems,
  periodsOverlap,
  reportProblems,
  type ReportFacts,
} from '../../../domain/group/group-business.rules';
import {
  groupDefinitionProblems,
  sameGroupDefinition,
  templateKnown,
  type GroupDefinition,
} from '../../../domain/group/group-definition.rules';
import { canChangeGroupStatus } from '../../../domain/group/group.rules';

const formedOn = '2027-01-10';

describe('a new group', () => {
  const learning: GroupDefinition = {
    kind: 'LEARNING_GROUP',
    programmeId: 'default',
    cohortId: null,
    regionCode: '52.71.01',
    name: 'Kelompok Melati',
    facilitatorId: 'facilitator-1',
    moduleTemplateId: 'SOCIAL_MENTORING',
    formedOn,
    plannedMeetingsPerMonth: 4,
  };

  it('a learning group names its module template; other kinds name none', () => {
    expect(groupDefinitionProblems(learning)).toEqual([]);
    expect(groupDefinitionProblems({ ...learning, moduleTemplateId: null }).join()).toMatch(/moduleTemplateId/);
    expect(groupDefinitionProblems({ ...learning, kind: 'BUSINESS_GROUP' }).join()).toMatch(/no module template/);
    expect(templateKnown(learning, new Set(['SOCIAL_MENTORING']))).toBe(true);
    expect(templateKnown(learning, new Set(['VOCATIONAL_TRAINING']))).toBe(false);
  });

  it('names every problem: no name, a region that is not a BPS code, a bad date, too many meetings', () => {
    const problems = groupDefinitionProblems({
      ...learning,
      name: ' ',
      regionCode: '52.7',
      formedOn: '2027-02-30',
      plannedMeetingsPerMonth: 40,
    }).join('\n');
    for (const field of ['name', 'regionCode', 'formedOn', 'plannedMeetingsPerMonth'])
      expect(problems).toContain(field);
  });

  it('a retry is the same group only with exactly the same definition', () => {
    expect(sameGroupDefinition(learning, { ...learning })).toBe(true);
    expect(sameGroupDefinition(learning, { ...learning, plannedMeetingsPerMonth: 2 })).toBe(false);
  });
});

describe("a group's lifecycle", () => {
  it('goes FORMED -> ACTIVE -> INDEPENDENT (and back), ends DISSOLVED, and never leaves DISSOLVED', () => {
    expect(canChangeGroupStatus('FORMED', 'ACTIVE')).toBe(true);
    expect(canChangeGroupStatus('ACTIVE', 'INDEPENDENT')).toBe(true);
    expect(canChangeGroupStatus('INDEPENDENT', 'ACTIVE')).toBe(true);
    expect(canChangeGroupStatus('FORMED', 'INDEPENDENT')).toBe(false);
    expect(canChangeGroupStatus('DISSOLVED', 'ACTIVE')).toBe(false);
    expect(canChangeGroupStatus('ACTIVE', 'ACTIVE')).toBe(false);
  });
});

describe('business plan and capital', () => {
  it('takes amounts above zero in whole sen, dated not before the group was formed', () => {
    const plan = { activity: 'FOOD_PROCESSING' as const, plannedCapital: 15e6, expectedMonthlyRevenue: 3e6 };
    expect(businessPlanProblems({ ...plan, presentedOn: formedOn }, formedOn)).toEqual([]);
    expect(businessPlanProblems({ ...plan, plannedCapital: 0, presentedOn: '2027-01-09' }, formedOn)).toHaveLength(2);
    expect(capitalProblems({ source: 'KUR', amount: 5_000_000.5, receivedOn: '2027-02-01' }, formedOn)).toEqual([]);
    expect(capitalProblems({ source: 'KUR', amount: -1, receivedOn: '2027-02-01' }, formedOn)).toHaveLength(1);
    expect(capitalProblems({ source: 'KUR', amount: 1.005, receivedOn: '2027-02-01' }, formedOn)).toHaveLength(1);
    expect(capitalProblems({ source: 'UMI', amount: 1e14, receivedOn: '2026-12-31' }, formedOn)).toHaveLength(2);
  });
});

describe('a periodic report', () => {
  const report: ReportFacts = {
    periodStart: '2027-02-01',
    periodEnd: '2027-02-28',
    meetingsHeld: 4,
    membersPresent: 10,
    revenue: 2_500_000,
    savings: 0,
  };

  it('has an ordered period, whole counts, figures not below zero and no more present than members', () => {
    expect(reportProblems(report, formedOn, 10)).toEqual([]);
    expect(reportProblems(report, formedOn, 9).join()).toMatch(/more than the 9 members/);
    const bad = reportProblems({ ...report, periodEnd: '2027-01-31', meetingsHeld: 1.5, revenue: -1 }, formedOn, 10);
    expect(bad.join('\n')).toMatch(/periodEnd/);
    expect(bad.join('\n')).toMatch(/meetingsHeld/);
    expect(bad.join('\n')).toMatch(/revenue/);
    expect(reportProblems({ ...report, periodStart: '2027-01-01' }, formedOn, 10).join()).toMatch(/formed/);
  });

  it('periods of one group overlap when they share a day', () => {
    const feb = { periodStart: '2027-02-01', periodEnd: '2027-02-28' };
    expect(periodsOverlap(feb, { periodStart: '2027-02-28', periodEnd: '2027-03-31' })).toBe(true);
    expect(periodsOverlap(feb, { periodStart: '2027-03-01', periodEnd: '2027-03-31' })).toBe(false);
  });
});
