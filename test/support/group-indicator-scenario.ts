import { randomUUID } from 'node:crypto';
import type { SeedGroup } from './group-seed';

/**
 * The groups of the group-figure test, around today (T) for one cohort of 24 enrolled people (index i, sex,
 * disability and province as test/support/indicator-scenario.ts gives them): two learning groups with sessions
 * (one member left, one joined late, a session scheduled but not held), a business group with grant and KUR
 * capital and two reports (the latest with revenue), a cooperative whose latest report has none, a business
 * group dissolved ten days ago, one dissolved before the 60-day period, and an alumni group of two.
 */
export interface ScenarioPerson {
  i: number;
  id: string;
  region: { code: string };
}

const STATUSES = ['PRESENT', 'PRESENT', 'PARTIAL', 'ABSENT', 'PRESENT'] as const;
export const today = (): string => new Date().toISOString().slice(0, 10);
export const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => `${day(offset)}T09:00:00Z`;

type Member = SeedGroup['members'][number];
const member = (p: ScenarioPerson, role: Member['role'], joinedOn: string, leftOn?: string): Member => ({
  journeyId: p.id,
  role,
  joinedOn,
  ...(leftOn ? { leftOn } : {}),
});

/** Sessions on the given days, with the attendance of the members open on each day. */
function sessions(members: Member[], offsets: number[], people: ScenarioPerson[]): SeedGroup['sessions'] {
  const index = new Map(people.map((p) => [p.id, p.i]));
  return offsets.map((o, s) => ({
    startsAt: at(o),
    attendance: members
      .filter((m) => m.joinedOn <= day(o) && (!m.leftOn || m.leftOn > day(o)))
      .map((m) => ({ journeyId: m.journeyId, status: STATUSES[(index.get(m.journeyId)! + s) % 5] })),
  }));
}

export function groupScenario(programmeId: string, cohortId: string, people: ScenarioPerson[]): SeedGroup[] {
  const p = (i: number) => people.find((x) => x.i === i)!;
  const base = (
    kind: SeedGroup['kind'],
    region: string,
    formed: number,
    planned: number,
    status: SeedGroup['status'] = 'ACTIVE',
    changed = formed,
  ) => ({
    id: randomUUID(),
    programmeId,
    cohortId,
    regionCode: region,
    kind,
    status,
    statusChangedAt: at(changed),
    formedOn: day(formed),
    plannedMeetingsPerMonth: planned,
  });
  const l1Members = [
    member(p(0), 'CHAIR', day(-90)),
    member(p(1), 'SECRETARY', day(-90)),
    member(p(2), 'TREASURER', day(-90)),
    member(p(3), 'MEMBER', day(-90), day(-30)),
    ...[4, 5, 6, 7, 8, 9, 10].map((i) => member(p(i), 'MEMBER', day(-90))),
    member(p(11), 'MEMBER', day(-20)),
  ];
  const l2Members = [
    member(p(12), 'CHAIR', day(-40)),
    ...[13, 14, 15, 16, 17].map((i) => member(p(i), 'MEMBER', day(-40))),
  ];
  const l1: SeedGroup = {
    ...base('LEARNING_GROUP', '52.71', -90, 4),
    members: l1Members,
    sessions: [
      ...sessions(l1Members, [-80, -70, -55, -45, -35, -25, -15, -5], people)!,
      { startsAt: at(3), attendance: [] },
    ],
  };
  const l2: SeedGroup = {
    ...base('LEARNING_GROUP', '31.74', -40, 2, 'FORMED'),
    members: l2Members,
    sessions: sessions(l2Members, [-30, -20, -10], people),
  };
  const b1: SeedGroup = {
    ...base('BUSINESS_GROUP', '52.71', -50, 2),
    members: [
      member(p(0), 'MEMBER', day(-50)),
      member(p(4), 'TREASURER', day(-50)),
      member(p(6), 'CHAIR', day(-50)),
      member(p(8), 'MEMBER', day(-50)),
      member(p(10), 'MEMBER', day(-50)),
    ],
    capital: [
      { source: 'GRANT', amount: 5_000_000, receivedOn: day(-45) },
      { source: 'KUR', amount: 10_000_000, receivedOn: day(-20) },
    ],
    reports: [
      { periodStart: day(-50), periodEnd: day(-31), meetingsHeld: 2, membersPresent: 5, revenue: 0 },
      { periodStart: day(-30), periodEnd: day(-1), meetingsHeld: 3, membersPresent: 4, revenue: 1_500_000 },
    ],
  };
  const c1: SeedGroup = {
    ...base('COOPERATIVE', '33.22', -100, 1),
    members: [
      member(p(14), 'MEMBER', day(-100)),
      member(p(17), 'MEMBER', day(-100)),
      member(p(20), 'CHAIR', day(-100)),
      member(p(23), 'MEMBER', day(-100)),
    ],
    capital: [{ source: 'CSR', amount: 2_000_000, receivedOn: day(-95) }],
    reports: [{ periodStart: day(-40), periodEnd: day(-10), meetingsHeld: 1, membersPresent: 3, revenue: 0 }],
  };
  const b2: SeedGroup = {
    ...base('BUSINESS_GROUP', '33.22', -120, 2, 'DISSOLVED', -10),
    members: [
      member(p(5), 'MEMBER', day(-120)),
      member(p(11), 'MEMBER', day(-120)),
      member(p(22), 'TREASURER', day(-120)),
    ],
    capital: [{ source: 'UMI', amount: 3_000_000, receivedOn: day(-110) }],
    reports: [{ periodStart: day(-60), periodEnd: day(-31), meetingsHeld: 2, membersPresent: 3, revenue: 800_000 }],
  };
  const b3: SeedGroup = {
    ...base('BUSINESS_GROUP', '52.71', -200, 2, 'DISSOLVED', -70),
    members: [member(p(7), 'CHAIR', day(-200)), member(p(9), 'MEMBER', day(-200))],
    capital: [{ source: 'COOPERATIVE_LOAN', amount: 4_000_000, receivedOn: day(-150) }],
    reports: [{ periodStart: day(-120), periodEnd: day(-91), meetingsHeld: 2, membersPresent: 2, revenue: 100_000 }],
  };
  const a1: SeedGroup = {
    ...base('ALUMNI_GROUP', '31.74', -5, 1),
    members: [member(p(18), 'MEMBER', day(-5)), member(p(19), 'CHAIR', day(-5))],
  };
  return [l1, l2, b1, c1, b2, b3, a1];
}
