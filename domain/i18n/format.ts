import type { Locale } from './locale';

/**
 * Numbers, Rupiah, percentages and dates as a reader of each language expects them:
 * id `1.234.567,5`, `Rp 1.234.567`, `12,5%`, `25 November 2026`; en `1,234,567.5`, `Rp 1,234,567`,
 * `12.5%`, `25 November 2026`. Numbers use Node's full ICU (Intl), checked by the unit tests;
 * month names are our own table so dates never depend on the ICU build.
 */
const INTL_TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-US' };

const MONTHS: Record<Locale, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[locale], options);
    numberFormats.set(key, f);
  }
  return f;
}

/** 1234567.5 -> id `1.234.567,5`, en `1,234,567.5` (at most `maxFractionDigits`, default 2). */
export function formatNumber(locale: Locale, value: number, maxFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits, useGrouping: true }).format(value);
}

/** Whole rupiah: id `Rp 1.234.567`, en `Rp 1,234,567`; negative amounts `-Rp 5.000`. */
export function formatRupiah(locale: Locale, amount: number): string {
  const whole = Math.round(amount);
  const digits = formatNumber(locale, Math.abs(whole), 0);
  return `${whole < 0 ? '-' : ''}Rp ${digits}`;
}

/** A ratio as a percentage: 0.125 -> id `12,5%`, en `12.5%` (at most `maxFractionDigits`, default 1). */
export function formatPercent(locale: Locale, ratio: number, maxFractionDigits = 1): string {
  return `${formatNumber(locale, ratio * 100, maxFractionDigits)}%`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(value: Date | string, timeZone: string): { year: number; month: number; day: number } {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * A calendar date, `25 November 2026` in both languages with the language's month name
 * (`25 Maret 2026` / `25 March 2026`). A `YYYY-MM-DD` string is that day; an instant is the day it
 * falls on in `timeZone` (default UTC; Indonesia spans Asia/Jakarta, Asia/Makassar, Asia/Jayapura).
 */
export function formatDate(locale: Locale, value: Date | string, timeZone = 'UTC'): string {
  const { year, month, day } = calendarDay(value, timeZone);
  return `${day} ${MONTHS[locale][month - 1]} ${year}`;
}

export const monthName = (locale: Locale, month: number): string => MONTHS[locale][month - 1];
