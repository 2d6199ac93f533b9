/**
 * Date arithmetic on ISO-8601 strings. Pure and deterministic: never reads the clock (no
 * `Date.now()`, no `new Date()` without an argument), so a Temporal workflow can replay it.
 */
const MS_PER_DAY = 86_400_000;

/** Full date-time with a zone: `2026-01-31T08:00:00Z`, `2026-01-31T08:00:00.000+07:00`. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ISO_DATE_TIME.test(value) &&
    Number.isFinite(Date.parse(value)) &&
    isCalendarDate(value)
  );
}

/** V8 accepts "2026-02-30" and rolls it into March; a date-time from a client must not. */
function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth;
}

export function toMillis(iso: string): number {
  return Date.parse(iso);
}

/** Whole days may be fractional; the result is normalised to UTC `toISOString()` form. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * MS_PER_DAY).toISOString();
}

export function addMillis(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export function millisBetween(fromIso: string, toIso: string): number {
  return Date.parse(toIso) - Date.parse(fromIso);
}

export function isBefore(a: string, b: string): boolean {
  return Date.parse(a) < Date.parse(b);
}

export function normaliseIso(iso: string): string {
  return new Date(Date.parse(iso)).toISOString();
}

export const DAY_MS = MS_PER_DAY;
