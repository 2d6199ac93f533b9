import type { NeedCode } from '../programme/programme-rules.types';

/**
 * The needs blocks of the primary-data assessment, reduced to what the journey needs: need codes
 * (which select modules through the rules' `needsMapping`) and the income-to-minimum-wage ratio
 * ("income at UMR or not"). Raw answers stay in PostgreSQL. Sources: rules README, Sources of the
 * process, rows "needs assessment" and "needs to modules".
 */
export interface AssessmentNeedsAnswers {
  skills: { needed: boolean; preference: 'JOB' | 'ENTREPRENEURSHIP' | 'BOTH' | null };
  mentoring: { needed: boolean; types: ('TECHNICAL' | 'SOCIAL' | 'MANAGERIAL')[] };
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
    for (const t of a.mentoring.types.length ? a.mentoring.types : ['SOCIAL' as const])
      needs.add(`${t}_MENTORING` as NeedCode);
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
