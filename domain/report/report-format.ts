import type { IndicatorFigure } from '../indicator/indicator.types';
import type { ReportLocale } from './report.types';
import {
  formatDate,
  formatNumber as formatI18nNumber,
  formatPercent as formatI18nPercent,
  formatRupiah,
} from '../i18n/format';

export { formatDate, formatRupiah };

/**
 * Report figures: whole numbers unless the caller asks for decimals (the app-wide formatter,
 * domain/i18n/format.ts).
 */
export const formatNumber = (locale: ReportLocale, value: number, fractionDigits = 0): string =>
  formatI18nNumber(locale, value, fractionDigits);

/**
 * A count, numerator or denominator exactly as the percentages beside it were computed from: attendance
 * counts a partial session as 0.5, so 524.5 sessions stay 524.5 (whole counts print without decimals).
 */
export const formatCount = (locale: ReportLocale, value: number): string => formatI18nNumber(locale, value, 2);

/** A ratio 0..1 as a percentage with at most one decimal. */
export const formatPercent = (locale: ReportLocale, ratio: number): string => formatI18nPercent(locale, ratio, 1);

export function formatPeriod(locale: ReportLocale, from: string, to: string): string {
  return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
}

/** A value in the figure's unit: RATIO as %, RUPIAH as Rp, COUNT, DAYS and POINTS as numbers. */
export function formatInUnit(
  locale: ReportLocale,
  unit: IndicatorFigure['unit'],
  value: number | null | undefined,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'RATIO':
      return formatPercent(locale, value);
    case 'RUPIAH':
      return formatRupiah(locale, value);
    case 'COUNT':
      return formatCount(locale, value);
    default:
      return formatNumber(locale, value, 1);
  }
}

/** The statistics a report row can show: a share (numerator / denominator), a median, a mean or a count. */
export type Statistic = 'value' | 'median' | 'mean' | 'numerator';

type Realisable = Pick<IndicatorFigure, 'unit' | 'value' | 'numerator' | 'median' | 'mean'> & {
  realisation?: Statistic | null;
};

/**
 * Which statistic of a figure is its realisation, the number compared with its target: the one its
 * logframe row names (`realisation`), else the share for RATIO, the count (numerator) for COUNT, the
 * median (else the mean) for amounts, durations and points.
 */
export function realisationStatistic(f: Realisable): Statistic {
  if (f.realisation) return f.realisation;
  if (f.unit === 'RATIO') return 'value';
  if (f.unit === 'COUNT') return 'numerator';
  return f.median !== null && f.median !== undefined ? 'median' : 'mean';
}

export function realisationOf(f: Realisable): number | null {
  return f[realisationStatistic(f)] ?? null;
}

/**
 * A statistic as a reader expects it: a share as a percentage and a count as a number whatever the
 * figure's unit; a median or mean in the figure's unit (RUPIAH as Rp, a relative change as %).
 */
export function formatStatistic(
  locale: ReportLocale,
  unit: IndicatorFigure['unit'],
  statistic: Statistic,
  value: number | null | undefined,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (statistic === 'value') return formatPercent(locale, value);
  if (statistic === 'numerator') return formatCount(locale, value);
  return formatInUnit(locale, unit, value);
}
