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

/** A ratio 0..1 as a percentage with at most one decimal. */
export const formatPercent = (locale: ReportLocale, ratio: number): string => formatI18nPercent(locale, ratio, 1);

export function formatPeriod(locale: ReportLocale, from: string, to: string): string {
  return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
}

/** A value in the figure's unit: RATIO as %, RUPIAH as Rp, COUNT and DAYS as numbers. */
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
    case 'DAYS':
      return formatNumber(locale, value, 0);
    default:
      return formatNumber(locale, value, 1);
  }
}

/**
 * The realisation of a figure, the number compared with its target: the statistic its logframe
 * row names (`realisation`), else the ratio for RATIO, the count (numerator) for COUNT, the median
 * (else the mean) for amounts, durations and points.
 */
type Realisable = Pick<IndicatorFigure, 'unit' | 'value' | 'numerator' | 'median' | 'mean'> & {
  realisation?: 'value' | 'median' | 'mean' | 'numerator' | null;
};
export function realisationOf(f: Realisable): number | null {
  if (f.realisation) return f[f.realisation] ?? null;
  if (f.unit === 'RATIO') return f.value;
  if (f.unit === 'COUNT') return f.numerator;
  return f.median ?? f.mean ?? null;
}
