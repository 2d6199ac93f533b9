import type { CapacityAction, ProgrammeRules } from '../programme/programme-rules.types';
import type { CohortQuota } from './cohort.rules';

/**
 * Quotas of a cohort over its applicants (enrolled + refused at selection) and enrolees (domain spec 3.2:
 * representation of vulnerable groups by "a quota or percentage"). A quota is met when the share of enrolees
 * in its group reaches minPercent; it is at risk when even filling every seat left with that group could no
 * longer reach minPercent of the planned size.
 */
export interface CohortCounts {
  plannedSize: number;
  enrolled: number;
  refused: number;
  /** Per group: enrolees and refused applicants in it (a person may count in several groups). */
  groups: { group: string; enrolled: number; refused: number }[];
}

export interface QuotaLine {
  group: string;
  minPercent: number;
  applicants: number;
  enrolled: number;
  enrolledPercent: number;
  met: boolean;
  atRisk: boolean;
}

export interface CohortQuotaFigures {
  plannedSize: number;
  enrolled: number;
  seatsLeft: number;
  applicants: number;
  refused: number;
  quotas: QuotaLine[];
}

/** Seats of the group a quota asks for at the planned size (rounded up: 10% of 25 is 3 people). */
export const seatsRequired = (minPercent: number, plannedSize: number): number =>
  Math.ceil((minPercent * plannedSize) / 100 - 1e-9);

const round1 = (x: number) => Math.round(x * 10) / 10;

export function quotaLine(q: CohortQuota, counts: CohortCounts): QuotaLine {
  const g = counts.groups.find((x) => x.group === q.group) ?? { enrolled: 0, refused: 0 };
  const seatsLeft = Math.max(0, counts.plannedSize - counts.enrolled);
  const enrolledPercent = counts.enrolled === 0 ? 0 : (g.enrolled * 100) / counts.enrolled;
  return {
    group: q.group,
    minPercent: q.minPercent,
    applicants: g.enrolled + g.refused,
    enrolled: g.enrolled,
    enrolledPercent: round1(enrolledPercent),
    met: counts.enrolled === 0 ? q.minPercent === 0 : enrolledPercent >= q.minPercent,
    atRisk: g.enrolled + seatsLeft < seatsRequired(q.minPercent, counts.plannedSize),
  };
}

export function cohortQuotaFigures(quotas: readonly CohortQuota[], counts: CohortCounts): CohortQuotaFigures {
  return {
    plannedSize: counts.plannedSize,
    enrolled: counts.enrolled,
    seatsLeft: Math.max(0, counts.plannedSize - counts.enrolled),
    applicants: counts.enrolled + counts.refused,
    refused: counts.refused,
    quotas: quotas.map((q) => quotaLine(q, counts)),
  };
}

export const ENROLMENT_WARNING_CODES = ['OVER_PLANNED_SIZE', 'QUOTA_AT_RISK'] as const;
export type EnrolmentWarningCode = (typeof ENROLMENT_WARNING_CODES)[number];

export interface CapacityFinding {
  code: EnrolmentWarningCode;
  /** The quota group at risk (QUOTA_AT_RISK only). */
  group: string | null;
  action: CapacityAction;
  message: string;
}

/** A finding an accepted enrolment reports (the rules said WARN). */
export type EnrolmentWarning = Omit<CapacityFinding, 'action'>;

/** What the rules say to do (absent: warn). */
export function capacityPolicy(rules: Pick<ProgrammeRules, 'selection'>): {
  overPlannedSize: CapacityAction;
  quotaAtRisk: CapacityAction;
} {
  return {
    overPlannedSize: rules.selection.capacity?.overPlannedSize ?? 'WARN',
    quotaAtRisk: rules.selection.capacity?.quotaAtRisk ?? 'WARN',
  };
}

/**
 * Enrolling one more person with `groups` into a cohort holding `counts`: past the planned size, or taking a
 * seat a quota needs (the person is outside its group and the seats left after them can no longer meet it),
 * each a finding to warn about or refuse, as the rules say.
 */
export function enrolmentCapacityFindings(
  quotas: readonly CohortQuota[],
  counts: { plannedSize: number; enrolled: number; groups: { group: string; enrolled: number }[] },
  personGroups: readonly string[],
  rules: Pick<ProgrammeRules, 'selection'>,
): CapacityFinding[] {
  const policy = capacityPolicy(rules);
  const findings: CapacityFinding[] = [];
  const after = counts.enrolled + 1;
  if (after > counts.plannedSize) {
    findings.push({
      code: 'OVER_PLANNED_SIZE',
      group: null,
      action: policy.overPlannedSize,
      message: `The cohort plans ${counts.plannedSize} people; this enrolment makes ${after}`,
    });
  }
  const seatsLeftAfter = Math.max(0, counts.plannedSize - after);
  for (const q of quotas) {
    if (personGroups.includes(q.group)) continue;
    const inGroup = counts.groups.find((g) => g.group === q.group)?.enrolled ?? 0;
    const required = seatsRequired(q.minPercent, counts.plannedSize);
    if (inGroup + seatsLeftAfter < required) {
      findings.push({
        code: 'QUOTA_AT_RISK',
        group: q.group,
        action: policy.quotaAtRisk,
        message:
          `Quota ${q.group} (${q.minPercent}% of ${counts.plannedSize}) needs ${required}; ${inGroup} enrolled and ` +
          `${seatsLeftAfter} seats left after this person, who is not in the group`,
      });
    }
  }
  return findings;
}
