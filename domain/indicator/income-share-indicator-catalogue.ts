import type { IndicatorDefinition } from './indicator.types';

/**
 * Shares of participants above the UMK and above the poverty line (domain spec 6.3: "% of participants whose income
 * rose above the poverty line"; PENA's "income above the UMK"), from each person's latest re-evaluation or follow-up
 * within the period. Computed by db/indicators/indicator-income-share.sql.ts.
 */
const people = (d: Omit<IndicatorDefinition, 'subject'>): IndicatorDefinition => ({ ...d, subject: 'PEOPLE' });

export const INCOME_SHARE_INDICATORS: readonly IndicatorDefinition[] = [
  people({
    family: 'above_umk_share',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'People whose income, as the journey\u2019s rules measure it (family or per capita, incomeMeasure), is above ' +
      'the regional minimum wage (ratio > 1) at their latest re-evaluation or follow-up within the period / people ' +
      'with such a form; median and mean of the ratio',
  }),
  people({
    family: 'poverty_line_share',
    level: 'IMPACT',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'People whose income per capita (family income / household size) at their latest re-evaluation or follow-up ' +
      'within the period is above the poverty line of their rules (incomeMeasure.povertyLinePerCapitaMonthly) / ' +
      'people with such a form, a known household size and rules with a line; median and mean income per capita',
  }),
];

export const INCOME_SHARE_ALWAYS_PRESENT_KEYS: readonly string[] = INCOME_SHARE_INDICATORS.map((d) => d.family);
