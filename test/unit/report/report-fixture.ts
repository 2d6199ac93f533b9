import type { IndicatorFigure } from '../../../domain/indicator/indicator.types';

/** A small, hand-made set of figures shaped like the indicator computation's output (unit tests only). */
const ratio = (key: string, level: IndicatorFigure['level'], numerator: number, denominator: number, extra: Partial<IndicatorFigure> = {}): IndicatorFigure => ({
  key, level, unit: 'RATIO', numerator, denominator, value: denominator ? numerator / denominator : null, breakdown: [], ...extra,
});
const count = (key: string, level: IndicatorFigure['level'], n: number, extra: Partial<IndicatorFigure> = {}): IndicatorFigure => ({
  key, level, unit: 'COUNT', numerator: n, denominator: 1, value: n, breakdown: [], ...extra,
});

export const FIGURES: IndicatorFigure[] = [
  count('enrolled', 'OUTPUT', 1234, { target: 1000, breakdown: [
    { dimension: 'SEX', group: 'FEMALE', numerator: 800, denominator: 1, value: 800 }, { dimension: 'SEX', group: 'MALE', numerator: 434, denominator: 1, value: 434 }] }),
  count('stage:ENROLLED', 'ACTIVITY', 100), count('stage:PLANNING', 'ACTIVITY', 134), count('stage:IN_INTERVENTION', 'ACTIVITY', 500),
  count('stage:RE_EVALUATION', 'ACTIVITY', 100), count('stage:GRADUATED', 'ACTIVITY', 300), count('stage:WITHDRAWN', 'ACTIVITY', 100),
  ratio('attendance_rate', 'ACTIVITY', 4200, 5000, { target: 0.8, baseline: null }),
  ratio('attendance_rate:module:KWU-01', 'ACTIVITY', 900, 1000),
  ratio('graduation_rate', 'OUTCOME', 300, 600, { target: 0.7, baseline: 0, breakdown: [
    { dimension: 'SEX', group: 'FEMALE', numerator: 200, denominator: 380, value: 200 / 380 },
    { dimension: 'DISABILITY', group: 'WITH_DISABILITY', numerator: 10, denominator: 30, value: 1 / 3 }] }),
  ratio('at_or_above_minimum_wage', 'OUTCOME', 330, 600, { target: 0.5, baseline: 0.1 }),
  { key: 'income_change:re_evaluation', level: 'OUTCOME', unit: 'RUPIAH', numerator: 600, denominator: 600, value: 450000, median: 400000, mean: 450000, breakdown: [] },
  { key: 'income_change:follow_up:1', level: 'IMPACT', unit: 'RUPIAH', numerator: 200, denominator: 200, value: -50000, median: -25000, mean: -50000, breakdown: [] },
  count('overdue_steps:facilitator:fac-7', 'ACTIVITY', 3, { target: 0 }),
];

/** The same programme a quarter earlier. */
export const PREVIOUS: IndicatorFigure[] = [ratio('graduation_rate', 'OUTCOME', 100, 400, { target: 0.7 })];
