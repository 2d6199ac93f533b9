/**
 * The vulnerable-group quota indicators (`quota:<GROUP>`): the share of the filter's enrolees who belong to a
 * group, with the quota's minimum share as its target. The quotas are the filtered cohort's, or the programme
 * rules' `selection.vulnerableGroupQuotas` when the filter names no cohort. Pure helpers of the computation.
 */
export interface GroupQuota {
  group: string;
  minPercent: number;
}

export const QUOTA_FAMILY = 'quota';

/** The indicator key of a group's quota, e.g. "quota:DISABILITY". */
export const quotaKey = (group: string): string => `${QUOTA_FAMILY}:${group}`;

/** The quotas the figures compare with: the cohort's when the filter names one, else the programme rules'. */
export function applicableQuotas(
  cohortQuotas: readonly GroupQuota[] | null,
  rulesQuotas: readonly GroupQuota[],
): GroupQuota[] {
  return [...(cohortQuotas ?? rulesQuotas)];
}

/**
 * Per quota key, its target as a ratio (like the logframe's ratio targets: 10% is 0.1), so a quota group
 * nobody in the filter belongs to still shows, with 0 enrolees.
 */
export function quotaTargets(quotas: readonly GroupQuota[]): Map<string, number> {
  return new Map(quotas.map((q) => [quotaKey(q.group), q.minPercent / 100]));
}
