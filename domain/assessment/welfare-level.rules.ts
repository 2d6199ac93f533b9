import { WELFARE_LEVELS, type ProgrammeRules, type WelfareLevel } from '../programme/programme-rules.types';

/**
 * The welfare ladder POOR -> VULNERABLE -> MIDDLE -> STABLE (rules README, Sources of the process:
 * welfare ladder). The seeds give no thresholds (the figure is missing; rules README:
 * `welfareThresholds`); the rules carry them as the ratio of monthly income to the regional minimum
 * wage, measured as the rules' `incomeMeasure` says (family, or per capita; domain/graduation/income-measure.rules.ts),
 * each value the inclusive lower bound of a level.
 */
export function deriveWelfareLevel(
  incomeToMinimumWageRatio: number,
  rules: Pick<ProgrammeRules, 'welfareThresholds'>,
): WelfareLevel {
  const t = rules.welfareThresholds;
  if (incomeToMinimumWageRatio >= t.STABLE) return 'STABLE';
  if (incomeToMinimumWageRatio >= t.MIDDLE) return 'MIDDLE';
  if (incomeToMinimumWageRatio >= t.VULNERABLE) return 'VULNERABLE';
  return 'POOR';
}

/** Negative when a is below b on the ladder, 0 when equal, positive when above. */
export function compareWelfareLevels(a: WelfareLevel, b: WelfareLevel): number {
  return WELFARE_LEVELS.indexOf(a) - WELFARE_LEVELS.indexOf(b);
}

export function isWelfareAtLeast(level: WelfareLevel, minimum: WelfareLevel): boolean {
  return compareWelfareLevels(level, minimum) >= 0;
}

export function isWelfareAtMost(level: WelfareLevel, maximum: WelfareLevel): boolean {
  return compareWelfareLevels(level, maximum) <= 0;
}
