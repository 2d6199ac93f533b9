/**
 * Cohorts (angkatan): a programme's intake in one region, with a target group, a planned size and
 * vulnerable-group quotas (domain spec 3.2: "set a quota or percentage"; the values are the programme's).
 * Pure checks shared by the API's create and update.
 */
export const COHORT_STATUSES = ['PLANNED', 'ENROLLING', 'RUNNING', 'CLOSED'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export interface CohortQuota {
  group: string;
  minPercent: number;
}

/** What a creator gives; `regionCode` is a BPS prefix ('' = every region, only from the migration or a '*' scope). */
export interface CohortDefinition {
  id: string;
  programmeId: string;
  name: string;
  regionCode: string;
  startDate: string;
  targetGroups: string[];
  plannedSize: number;
  quotas: CohortQuota[];
  status: CohortStatus;
}

export const COHORT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const GROUP = /^[A-Z_]{2,64}$/;
const REGION_PREFIX = /^[A-Za-z0-9.-]{0,20}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_PLANNED_SIZE = 100_000;

/** Problems with a cohort's quotas: known-shaped groups, each once, each 0..100 percent. */
export function quotaProblems(quotas: readonly CohortQuota[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const q of quotas) {
    if (!GROUP.test(q.group)) problems.push(`quota group ${q.group} must be 2-64 upper-case letters or _`);
    if (seen.has(q.group)) problems.push(`quota group ${q.group} is given twice`);
    seen.add(q.group);
    if (!(Number.isFinite(q.minPercent) && q.minPercent >= 0 && q.minPercent <= 100))
      problems.push(`quota ${q.group} must be within 0..100 percent, got ${q.minPercent}`);
  }
  if (quotas.length > 20) problems.push('at most 20 quotas');
  return problems;
}

export function plannedSizeProblems(plannedSize: number): string[] {
  return Number.isInteger(plannedSize) && plannedSize >= 1 && plannedSize <= MAX_PLANNED_SIZE
    ? []
    : [`plannedSize must be a whole number within 1..${MAX_PLANNED_SIZE}, got ${plannedSize}`];
}

export function nameProblems(name: string): string[] {
  const trimmed = name.trim();
  return trimmed.length >= 1 && trimmed.length <= 200 ? [] : ['name must be 1-200 characters'];
}

/** Every problem of a new cohort, in words (empty: valid). */
export function cohortDefinitionProblems(def: CohortDefinition): string[] {
  const problems: string[] = [];
  if (!COHORT_ID.test(def.id)) problems.push('id must be 1-64 letters, digits, _ or - (a slug such as ntb-2027-a)');
  if (!COHORT_ID.test(def.programmeId)) problems.push('programmeId must be 1-64 letters, digits, _ or -');
  problems.push(...nameProblems(def.name));
  if (!REGION_PREFIX.test(def.regionCode))
    problems.push('regionCode must be a BPS region prefix: up to 20 letters, digits, dots or dashes (e.g. 52.71)');
  if (!DATE.test(def.startDate) || Number.isNaN(Date.parse(`${def.startDate}T00:00:00Z`)))
    problems.push('startDate must be a date YYYY-MM-DD');
  if (def.targetGroups.length > 20) problems.push('at most 20 target groups');
  for (const g of def.targetGroups)
    if (!GROUP.test(g)) problems.push(`target group ${g} must be 2-64 upper-case letters or _`);
  problems.push(...plannedSizeProblems(def.plannedSize), ...quotaProblems(def.quotas));
  if (!COHORT_STATUSES.includes(def.status)) problems.push(`status ${def.status} is not a cohort status`);
  return problems;
}

/** A closed cohort stays closed: its counts are final. Every other change of status is the programme's call. */
export function statusChangeProblems(from: CohortStatus, to: CohortStatus): string[] {
  return from === 'CLOSED' && to !== 'CLOSED' ? ['a CLOSED cohort cannot be reopened'] : [];
}

/** Whether a retried create names the same cohort (then it returns the stored one instead of failing). */
export function sameDefinition(a: CohortDefinition, b: CohortDefinition): boolean {
  const quotas = (q: CohortQuota[]) => JSON.stringify([...q].sort((x, y) => x.group.localeCompare(y.group)));
  return (
    a.id === b.id &&
    a.programmeId === b.programmeId &&
    a.name.trim() === b.name.trim() &&
    a.regionCode === b.regionCode &&
    a.startDate === b.startDate &&
    JSON.stringify([...a.targetGroups].sort()) === JSON.stringify([...b.targetGroups].sort()) &&
    a.plannedSize === b.plannedSize &&
    quotas(a.quotas) === quotas(b.quotas) &&
    a.status === b.status
  );
}

/** A person's region lies in the cohort's when it starts with the cohort's prefix. */
export const regionInCohort = (cohortRegion: string, personRegion: string): boolean =>
  personRegion.startsWith(cohortRegion);
