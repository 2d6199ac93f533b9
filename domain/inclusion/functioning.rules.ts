/** The pure rules over the WG-SS answers (codes in functioning.types.ts). */
import {
  FUNCTIONING_DOMAINS,
  FUNCTIONING_LEVELS,
  type FunctioningAnswers,
  type FunctioningDomain,
  type FunctioningLevel,
} from './functioning.types';
import type { InclusionRules } from './inclusion-rules.types';

export {
  FUNCTIONING_DOMAINS,
  FUNCTIONING_LEVELS,
  type FunctioningAnswers,
  type FunctioningDomain,
  type FunctioningLevel,
};

/** Where no functioning was recorded, the DISABILITY_LEVEL breakdown shows this group. */
export const DISABILITY_LEVEL_NOT_RECORDED = 'NOT_RECORDED';

const rank = (level: FunctioningLevel): number => FUNCTIONING_LEVELS.indexOf(level);

/** The answers are complete: one known level for each of the six domains, nothing else. */
export function functioningProblems(answers: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const d of FUNCTIONING_DOMAINS)
    if (!FUNCTIONING_LEVELS.includes(answers[d] as FunctioningLevel))
      problems.push(`${d} must be one of ${FUNCTIONING_LEVELS.join(', ')}`);
  for (const key of Object.keys(answers))
    if (!FUNCTIONING_DOMAINS.includes(key as FunctioningDomain)) problems.push(`${key} is not a WG-SS domain`);
  return problems;
}

/** The disability level: the most severe answer over the six domains (NO_DIFFICULTY when all are none). */
export function disabilityLevel(answers: FunctioningAnswers): FunctioningLevel {
  return FUNCTIONING_DOMAINS.map((d) => answers[d]).reduce(
    (worst, a) => (rank(a) > rank(worst) ? a : worst),
    'NO_DIFFICULTY',
  );
}

/**
 * Yes/no disability under the rules' cut-off: at least one domain at the cut-off level or worse. The WG's standard
 * cut-off (the "disability 3" identifier) is A_LOT_OF_DIFFICULTY: a lot of difficulty or cannot do at all in at
 * least one domain.
 */
export function hasDisability(answers: FunctioningAnswers, rules: Pick<InclusionRules, 'disabilityCutOff'>): boolean {
  return rank(disabilityLevel(answers)) >= rank(rules.disabilityCutOff);
}

export interface FunctioningResult {
  level: FunctioningLevel;
  disability: boolean;
}

/**
 * The derived level and yes/no, or the refusal: DISABILITY_DISAGREES_WITH_FUNCTIONING when a yes/no was given and
 * contradicts the answers (the person would be counted twice over in different ways).
 */
export function deriveFunctioning(
  answers: FunctioningAnswers,
  given: boolean | null | undefined,
  rules: Pick<InclusionRules, 'disabilityCutOff'>,
):
  | { ok: true; result: FunctioningResult }
  | { ok: false; code: 'DISABILITY_DISAGREES_WITH_FUNCTIONING'; message: string } {
  const result = { level: disabilityLevel(answers), disability: hasDisability(answers, rules) };
  if (given != null && given !== result.disability)
    return {
      ok: false,
      code: 'DISABILITY_DISAGREES_WITH_FUNCTIONING',
      message:
        `disability ${given} contradicts the answers: their level is ${result.level} and the cut-off is ` +
        `${rules.disabilityCutOff}, so disability is ${result.disability}`,
    };
  return { ok: true, result };
}
