import type { CapitalSource } from './group.rules';

/**
 * A business group's (kelompok usaha bersama) or cooperative's plan, capital and periodic reports (domain spec
 * 3.3: access to capital through grants/CSR, KUR and UMi micro-credit, cooperatives; 7: group participation
 * data). Pure checks: amounts in rupiah, dates YYYY-MM-DD (compared as text), codes only.
 */

/**
 * What the business does, as a code (its narrative stays with the facilitator). Jejak's own short list: the
 * domain spec names livestock, farmland, food processing, local products and market access but fixes no list.
 */
export const BUSINESS_ACTIVITIES = [
  'FARMING',
  'LIVESTOCK',
  'FISHERIES',
  'FOOD_PROCESSING',
  'CRAFT',
  'TRADE',
  'SERVICES',
  'OTHER',
] as const;
export type BusinessActivity = (typeof BUSINESS_ACTIVITIES)[number];

export interface BusinessPlanFacts {
  activity: BusinessActivity;
  plannedCapital: number;
  expectedMonthlyRevenue: number;
  presentedOn: string;
}

export interface CapitalFacts {
  source: CapitalSource;
  amount: number;
  receivedOn: string;
}

export interface ReportFacts {
  periodStart: string;
  periodEnd: string;
  meetingsHeld: number;
  membersPresent: number;
  revenue: number;
  savings: number;
}

/** Rupiah amounts fit numeric(18, 2): at most 10^13, whole sen. */
export const MAX_AMOUNT = 10_000_000_000_000;

const amountProblem = (name: string, value: number, positive: boolean): string[] => {
  const sen = value * 100;
  const ok =
    Number.isFinite(value) &&
    (positive ? value > 0 : value >= 0) &&
    value <= MAX_AMOUNT &&
    Math.abs(sen - Math.round(sen)) < 1e-6;
  return ok ? [] : [`${name} must be ${positive ? 'above' : 'at least'} 0 and at most ${MAX_AMOUNT}, in whole sen`];
};

/** Problems of an amount of rupiah that must be above 0 (a person's capital requested or received). */
export const positiveAmountProblems = (name: string, value: number): string[] => amountProblem(name, value, true);

const notBefore = (name: string, date: string, earliest: string, what: string): string[] =>
  date < earliest ? [`${name} ${date} is before ${what} (${earliest})`] : [];

/** Problems of a business plan of a group formed on `formedOn` (empty: valid). */
export function businessPlanProblems(plan: BusinessPlanFacts, formedOn: string): string[] {
  return [
    ...amountProblem('plannedCapital', plan.plannedCapital, true),
    ...amountProblem('expectedMonthlyRevenue', plan.expectedMonthlyRevenue, true),
    ...notBefore('presentedOn', plan.presentedOn, formedOn, 'the group was formed'),
  ];
}

/** Problems of capital received by a group formed on `formedOn` (empty: valid). */
export function capitalProblems(capital: CapitalFacts, formedOn: string): string[] {
  return [
    ...amountProblem('amount', capital.amount, true),
    ...notBefore('receivedOn', capital.receivedOn, formedOn, 'the group was formed'),
  ];
}

/**
 * Problems of a periodic report (empty: valid): the period ordered and not before the group was formed, counts
 * whole and not negative, revenue and savings not negative, and no more members present than the group had in
 * the period (`membersInPeriod`: memberships that overlap it, so a member who left mid-period still counts).
 */
export function reportProblems(report: ReportFacts, formedOn: string, membersInPeriod: number): string[] {
  const problems: string[] = [];
  if (report.periodEnd < report.periodStart)
    problems.push(`periodEnd ${report.periodEnd} is before periodStart ${report.periodStart}`);
  problems.push(...notBefore('periodStart', report.periodStart, formedOn, 'the group was formed'));
  for (const [name, value] of [
    ['meetingsHeld', report.meetingsHeld],
    ['membersPresent', report.membersPresent],
  ] as const)
    if (!Number.isInteger(value) || value < 0 || value > 100_000) problems.push(`${name} must be a whole number >= 0`);
  if (report.membersPresent > membersInPeriod)
    problems.push(`membersPresent ${report.membersPresent} is more than the ${membersInPeriod} members of the period`);
  problems.push(...amountProblem('revenue', report.revenue, false), ...amountProblem('savings', report.savings, false));
  return problems;
}

export interface Period {
  periodStart: string;
  periodEnd: string;
}

/** Whether two periods (inclusive dates) share a day. */
export const periodsOverlap = (a: Period, b: Period): boolean =>
  a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;
