import type { StaffAssignment } from './staff-codes';

/**
 * Validation of a staff assignment and what a repeated assignment changes. The seeds set no caseload
 * size for a facilitator (domain spec 10.7 leaves such numbers to the programme), so the limit is the
 * assignment's own data, given by whoever assigns them; no limit means none. Pure rules, no I/O.
 */
const USER_ID = /^[A-Za-z0-9_\-:.@]{1,128}$/;
const REGION_CODE = /^[A-Za-z0-9.-]{2,20}$/;
const COHORT_ID = /^[A-Za-z0-9_\-:.]{1,128}$/;

/** At most this many regions and cohorts on one assignment: enough for a district team, too many for a typo. */
export const STAFF_LIMITS = { regions: 50, cohorts: 50 } as const;

/** What is wrong with an assignment (empty: valid). Each problem names the field. */
export function staffAssignmentProblems(a: Omit<StaffAssignment, 'active'>): string[] {
  const problems: string[] = [];
  if (!USER_ID.test(a.userId)) problems.push('userId must be 1-128 letters, digits or _-:.@');
  if (a.regionCodes.length === 0) problems.push('regionCodes must name at least one region (BPS code, e.g. 52.71)');
  if (a.regionCodes.length > STAFF_LIMITS.regions) problems.push(`regionCodes: at most ${STAFF_LIMITS.regions}`);
  if (a.regionCodes.some((r) => !REGION_CODE.test(r)))
    problems.push('regionCodes must be 2-20 letters, digits, dots or dashes (e.g. 52.71)');
  if (new Set(a.regionCodes).size !== a.regionCodes.length) problems.push('regionCodes must not repeat');
  if (a.cohortIds.length > STAFF_LIMITS.cohorts) problems.push(`cohortIds: at most ${STAFF_LIMITS.cohorts}`);
  if (a.cohortIds.some((c) => !COHORT_ID.test(c))) problems.push('cohortIds must be 1-128 letters, digits or _-:.');
  if (new Set(a.cohortIds).size !== a.cohortIds.length) problems.push('cohortIds must not repeat');
  if (a.caseloadLimit !== null) {
    if (a.role !== 'FACILITATOR') problems.push('caseloadLimit is for facilitators only');
    else if (!Number.isInteger(a.caseloadLimit) || a.caseloadLimit < 0)
      problems.push('caseloadLimit must be a whole number of journeys, 0 or more');
  }
  if (a.coordinatorId !== null) {
    if (a.role !== 'FACILITATOR') problems.push('coordinatorId is for facilitators only (who coordinates them)');
    else if (!USER_ID.test(a.coordinatorId)) problems.push('coordinatorId must be 1-128 letters, digits or _-:.@');
    else if (a.coordinatorId === a.userId) problems.push('a facilitator cannot coordinate themselves');
  }
  return problems;
}

/** The fields of an assignment an update can change, in a stable order (audit rows name them). */
const CONTENT = ['regionCodes', 'cohortIds', 'caseloadLimit', 'coordinatorId', 'active'] as const;
export type StaffAssignmentField = (typeof CONTENT)[number];

/**
 * What assigning `next` does given the current row: CREATED (none yet), UNCHANGED (the same content: a
 * repeat applies nothing) or UPDATED with the fields that differ. Region and cohort lists compare as sets.
 */
export function assignmentChange(
  current: StaffAssignment | null,
  next: StaffAssignment,
): { kind: 'CREATED' } | { kind: 'UNCHANGED' } | { kind: 'UPDATED'; fields: StaffAssignmentField[] } {
  if (!current) return { kind: 'CREATED' };
  const same = (a: string[], b: string[]) =>
    a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  const fields = CONTENT.filter((f) => {
    const before = current[f];
    const after = next[f];
    return Array.isArray(before) && Array.isArray(after) ? !same(before, after) : before !== after;
  });
  return fields.length === 0 ? { kind: 'UNCHANGED' } : { kind: 'UPDATED', fields };
}
