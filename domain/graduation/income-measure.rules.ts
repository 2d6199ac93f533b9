import type { IncomeBasis, IncomeComparison, ProgrammeRules } from '../programme/programme-rules.types';

/**
 * How income is set against the regional minimum wage (UMK/UMR), as the rules choose (`incomeMeasure`):
 * - FAMILY: the household's monthly income / the minimum wage (the form's "income at UMR or not" [001:2861]).
 * - PER_CAPITA: income per household member / (minimum wage / `perCapitaReferenceHouseholdSize`). The UMK is
 *   one worker's wage, so a per-capita income is set against the wage shared by the reference household; a
 *   household of exactly that size gets the FAMILY ratio, a larger one a lower ratio.
 * The comparison (ABOVE or AT_LEAST) applies to the graduation income criterion; the welfare thresholds stay
 * inclusive lower bounds of the ladder. Rules without `incomeMeasure` (v1-v4) measure as before: FAMILY, AT_LEAST.
 */
export interface IncomeMeasure {
  basis: IncomeBasis;
  comparison: IncomeComparison;
  perCapitaReferenceHouseholdSize: number;
}

export const LEGACY_INCOME_MEASURE: IncomeMeasure = {
  basis: 'FAMILY',
  comparison: 'AT_LEAST',
  perCapitaReferenceHouseholdSize: 1,
};

export function incomeMeasureOf(rules: Pick<ProgrammeRules, 'incomeMeasure'>): IncomeMeasure {
  return rules.incomeMeasure ?? LEGACY_INCOME_MEASURE;
}

export interface HouseholdIncome {
  monthlyFamilyIncome: number;
  householdSize?: number | null;
}

export type MeasuredRatio =
  { ok: true; ratio: number } | { ok: false; code: 'HOUSEHOLD_SIZE_REQUIRED'; message: string };

/** The ratio the welfare level and graduation use, rounded to 3 decimals as the family ratio always was. */
export function measuredIncomeRatio(
  income: HouseholdIncome,
  regionalMinimumWage: number,
  measure: IncomeMeasure,
): MeasuredRatio {
  if (!(regionalMinimumWage > 0) || !(income.monthlyFamilyIncome >= 0))
    throw new RangeError('income must be >= 0 and the minimum wage > 0');
  let ratio = income.monthlyFamilyIncome / regionalMinimumWage;
  if (measure.basis === 'PER_CAPITA') {
    const size = income.householdSize;
    if (!(typeof size === 'number' && Number.isInteger(size) && size >= 1))
      return {
        ok: false,
        code: 'HOUSEHOLD_SIZE_REQUIRED',
        message: 'The programme rules measure income per capita: the household size (at least 1) is required',
      };
    ratio = ratio * (measure.perCapitaReferenceHouseholdSize / size);
  }
  return { ok: true, ratio: Math.round(ratio * 1000) / 1000 };
}

/** Whether the ratio meets the minimum under the comparison (ABOVE: strictly more; AT_LEAST: inclusive). */
export function meetsIncomeMinimum(ratio: number, minimum: number, comparison: IncomeComparison): boolean {
  return comparison === 'ABOVE' ? ratio > minimum : ratio >= minimum;
}

export const comparisonSign = (comparison: IncomeComparison): string => (comparison === 'ABOVE' ? '>' : '>=');
