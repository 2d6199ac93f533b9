import type { NeedCode } from '../programme/programme-rules.types';

/**
 * The needs blocks of the primary-data assessment, reduced to what the journey needs: need codes
 * (which select modules through the rules' `needsMapping`) and the income-to-minimum-wage ratio
 * ("income at UMR or not"). Raw answers stay in PostgreSQL. Sources: rules README, Sources of the
 * process, rows "needs assessment" and "needs to modules".
 */
export const SKILLS_PREFERENCES = ['JOB', 'ENTREPRENEURSHIP', 'BOTH'] as const;
export type SkillsPreference = (typeof SKILLS_PREFERENCES)[number];
/** Each mentoring type wanted yields the need `<type>_MENTORING`. */
export const MENTORING_TYPES = ['TECHNICAL', 'SOCIAL', 'MANAGERIAL'] as const;
export type MentoringType = (typeof MENTORING_TYPES)[number];
/** Answers of the form kept as evidence only (they select no module). */
export const TRAINING_METHODS = ['FACE_TO_FACE', 'ONLINE', 'COMBINATION'] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];
export const CAPITAL_SCHEMES = ['MICRO_CREDIT', 'CAPITAL_ASSISTANCE', 'OTHER'] as const;
export type CapitalScheme = (typeof CAPITAL_SCHEMES)[number];

export interface AssessmentNeedsAnswers {
  skills: { needed: boolean; preference: SkillsPreference | null };
  mentoring: { needed: boolean; types: MentoringType[] };
  capital: { needed: boolean; lacksFinancialManagement: boolean };
  market: { needed: boolean };
  education: { lowEducationOrBasicSkills: boolean };
}

export function needsFromAssessment(a: AssessmentNeedsAnswers): NeedCode[] {
  const needs = new Set<NeedCode>();
  if (a.skills.needed) {
    if (a.skills.preference !== 'ENTREPRENEURSHIP') needs.add('JOB_SKILLS');
    if (a.skills.preference === 'ENTREPRENEURSHIP' || a.skills.preference === 'BOTH')
      needs.add('ENTREPRENEURSHIP_SKILLS');
  }
  if (a.mentoring.needed) {
    for (const t of a.mentoring.types.length ? a.mentoring.types : ['SOCIAL' as const]) needs.add(`${t}_MENTORING`);
  }
  if (a.capital.needed) needs.add('CAPITAL');
  if (a.capital.lacksFinancialManagement) needs.add('FINANCIAL_MANAGEMENT');
  if (a.market.needed) needs.add('MARKET');
  if (a.education.lowEducationOrBasicSkills) needs.add('EDUCATION');
  return [...needs];
}

/** Household income against the regional minimum wage (UMK/UMR), rounded to 3 decimals. */
export function incomeToMinimumWageRatio(monthlyIncome: number, regionalMinimumWage: number): number {
  if (!(regionalMinimumWage > 0) || !(monthlyIncome >= 0))
    throw new RangeError('income must be >= 0 and the minimum wage > 0');
  return Math.round((monthlyIncome / regionalMinimumWage) * 1000) / 1000;
}
