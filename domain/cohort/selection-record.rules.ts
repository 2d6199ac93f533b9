/**
 * Candidates who fail selection are kept as records (reason codes, no journey), so targeting is transparent
 * and quotas are computed over applicants as well as enrolees. The reasons follow the selection criteria of the
 * domain spec 3.2 (poverty and vulnerability, potential, commitment, representation) plus the practical ones.
 */
export const SELECTION_REFUSAL_REASONS = [
  'WELFARE_LEVEL_TOO_HIGH',
  'NOT_COMMITTED',
  'POTENTIAL_TOO_LOW',
  'OUTSIDE_TARGET_AREA',
  'OUTSIDE_TARGET_GROUP',
  'COHORT_FULL',
  'DUPLICATE',
  'OTHER',
] as const;
export type SelectionRefusalReason = (typeof SELECTION_REFUSAL_REASONS)[number];

export interface SelectionRefusalFacts {
  reasons: readonly string[];
  note: string | null;
  vulnerableGroups: readonly string[];
  regionCode: string;
}

const GROUP = /^[A-Z_]{2,64}$/;

/** Problems with a refusal: at least one known reason, each once; OTHER needs a note; groups as at enrolment. */
export function selectionRefusalProblems(facts: SelectionRefusalFacts): string[] {
  const problems: string[] = [];
  if (facts.reasons.length === 0) problems.push('give at least one reason');
  for (const r of facts.reasons)
    if (!(SELECTION_REFUSAL_REASONS as readonly string[]).includes(r)) problems.push(`${r} is not a refusal reason`);
  if (new Set(facts.reasons).size !== facts.reasons.length) problems.push('each reason at most once');
  const note = facts.note?.trim() ?? '';
  if (facts.reasons.includes('OTHER') && note.length === 0) problems.push('reason OTHER needs a note');
  if (note.length > 1000) problems.push('note must be at most 1000 characters');
  if (facts.vulnerableGroups.length > 20) problems.push('at most 20 vulnerable groups');
  for (const g of facts.vulnerableGroups)
    if (!GROUP.test(g)) problems.push(`vulnerable group ${g} must be 2-64 upper-case letters or _`);
  if (!/^[A-Za-z0-9.-]{2,20}$/.test(facts.regionCode))
    problems.push('regionCode must be 2-20 letters, digits, dots or dashes (e.g. a BPS code 52.71)');
  return problems;
}
