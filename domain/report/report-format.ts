import type { IndicatorFigure } from '../indicator/indicator.types';
import type { ReportLocale } from './report.types';

/**
 * Numbers and dates as a reader of the locale writes them: id 1.234.567 / 70,5% / Rp 2.600.000 /
 * 25 November 2026; en 1,234,567 / 70.5% / Rp 2,600,000 / 25 November 2026. Deterministic (Intl
 * with full ICU, UTC dates).
 */
const TAG: Record<ReportLocale, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(locale: ReportLocale, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** A ratio 0..1 as a percentage with at most one decimal. */
export function formatPercent(locale: ReportLocale, ratio: number): string {
  return `${formatNumber(locale, ratio * 100, 1)}%`;
}

export function formatRupiah(locale: ReportLocale, amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp ${formatNumber(locale, Math.abs(amount))}`;
}

/** yyyy-mm-dd or a full ISO date-time → "25 November 2026" (id) / "25 November 2026" (en). */
export function formatDate(locale: ReportLocale, iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatPeriod(locale: ReportLocale, from: string, to: string): string {
  return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
}

/** A value in the figure's unit: RATIO as %, RUPIAH as Rp, COUNT and DAYS as numbers. */
export function formatInUnit(locale: ReportLocale, unit: IndicatorFigure['unit'], value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'RATIO': return formatPercent(locale, value);
    case 'RUPIAH': return formatRupiah(locale, value);
    case 'DAYS': return formatNumber(locale, value, 0);
    default: return formatNumber(locale, value, 1);
  }
}

/**
 * The realisation of a figure, the number compared with its target: the statistic its logframe
 * row names (`realisation`), else the ratio for RATIO, the count (numerator) for COUNT, the median
 * (else the mean) for amounts, durations and points.
 */
type Realisable = Pick<IndicatorFigure, 'unit' | 'value' | 'numerator' | 'median' | 'mean'> & { realisation?: 'value' | 'median' | 'mean' | 'numerator' | null };
export function realisationOf(f: Realisable): number | null {
  if (f.realisation) return f[f.realisation] ?? null;
  if (f.unit === 'RATIO') return f.value;
  if (f.unit === 'COUNT') return f.numerator;
  return f.median ?? f.mean ?? null;
}
