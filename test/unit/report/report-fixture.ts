import type { IndicatorFigure } from '../../../domain/indicator/indicator.types';

/** A small, hand-made set of figures shaped like the indicator computation's output (unit tests only). */
const ratio = (
  key: string,
  level: IndicatorFigure['level'],
  numerator: number,
  denominator: number,
  extra: Partial<IndicatorFigure> = {},
): IndicatorFigure => ({
  key,
  level,
  unit: 'RATIO',
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
  breakdown: [],
  ...extra,
});
/** COUNT: the count is the numerator, the denominator the people it was counted among. */
const count = (
  key: string,
  level: IndicatorFigure['level'],
  n: number,
  extra: Partial<IndicatorFigure> = {},
): IndicatorFigure => ({
  key,
  level,
  unit: 'COUNT',
  numerator: n,
  denominator: 1234,
  value: n / 1234,
  breakdown: [],
  ...extra,
});

export const FIGURES: IndicatorFigure[] = [
  count('enrolled', 'OUTPUT', 1234, {
    target: 1000,
    breakdown: [
      { dimension: 'SEX', group: 'FEMALE', numerator: 800, denominator: 800, value: 1 },
      { dimension: 'SEX', group: 'MALE', numerator: 434, denominator: 434, value: 1 },
    ],
  }),
  count('stage:ENROLLED', 'ACTIVITY', 100),
  count('stage:PLANNING', 'ACTIVITY', 134),
  count('stage:IN_INTERVENTION', 'ACTIVITY', 500),
  count('stage:RE_EVALUATION', 'ACTIVITY', 100),
  count('stage:GRADUATED', 'ACTIVITY', 300),
  count('stage:WITHDRAWN', 'ACTIVITY', 100),
  ratio('attendance_rate', 'ACTIVITY', 4200, 5000, { target: 0.8, baseline: null }),
  ratio('attendance_rate:module:KWU-01', 'ACTIVITY', 900, 1000),
  ratio('graduation_rate', 'OUTCOME', 300, 600, {
    target: 0.7,
    baseline: 0,
    breakdown: [
      { dimension: 'SEX', group: 'FEMALE', numerator: 200, denominator: 380, value: 200 / 380 },
      { dimension: 'DISABILITY', group: 'WITH_DISABILITY', numerator: 10, denominator: 30, value: 1 / 3 },
      {
        dimension: 'AGE_BAND',
        group: 'UNDER_18',
        numerator: 0,
        denominator: 0,
        value: null,
        suppressed: true,
      },
    ],
  }),
  ratio('min_wage_share:ASSESSMENT', 'OUTCOME', 60, 600),
  ratio('min_wage_share:LAST', 'OUTCOME', 330, 600, { target: 0.5 }),
  {
    key: 'income_change:ASSESSMENT->RE_EVALUATION',
    level: 'OUTCOME',
    unit: 'RUPIAH',
    numerator: 500,
    denominator: 600,
    value: 500 / 600,
    median: 400000,
    mean: 450000,
    breakdown: [],
  },
  {
    key: 'income_change:ASSESSMENT->FOLLOW_UP_M6',
    level: 'IMPACT',
    unit: 'RUPIAH',
    numerator: 80,
    denominator: 200,
    value: 0.4,
    median: -25000,
    mean: -50000,
    breakdown: [],
  },
  count('overdue_steps:facilitator:fac-7', 'ACTIVITY', 3, { denominator: 12, value: 0.25, target: 0 }),
];

/** The same programme a quarter earlier. */
export const PREVIOUS: IndicatorFigure[] = [ratio('graduation_rate', 'OUTCOME', 100, 400, { target: 0.7 })];
