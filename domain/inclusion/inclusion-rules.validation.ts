import { FUNCTIONING_LEVELS } from './functioning.rules';
import type { InclusionRules } from './inclusion-rules.types';

/** Problems of a version's inclusion settings, as sentences (none when absent: the defaults apply). */
export function inclusionRulesProblems(inclusion: InclusionRules | undefined): string[] {
  if (inclusion === undefined) return [];
  const problems: string[] = [];
  if (!FUNCTIONING_LEVELS.includes(inclusion?.disabilityCutOff) || inclusion.disabilityCutOff === 'NO_DIFFICULTY')
    problems.push(`inclusion.disabilityCutOff must be one of ${FUNCTIONING_LEVELS.slice(1).join(', ')}`);
  if (typeof inclusion?.collectEthnicity !== 'boolean')
    problems.push('inclusion.collectEthnicity must be true or false');
  return problems;
}
