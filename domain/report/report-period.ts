/**
 * The period before and after a report's period (yyyy-mm-dd, inclusive), for the comparison
 * column and the follow-up schedule. Whole calendar months shift by months (October before
 * November, Q3 before Q4); any other span shifts by its number of days. Pure, UTC.
 */
export interface Period {
  from: string;
  to: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => ymd(new Date(day(iso).getTime() + n * 86_400_000));
const isMonthStart = (iso: string) => iso.endsWith('-01');
const isMonthEnd = (iso: string) => addDays(iso, 1).endsWith('-01');

function monthsSpanned(p: Period): number {
  const a = day(p.from);
  const b = day(p.to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/** Start of the month `months` away from the month of `iso` (yyyy-mm-01). */
function monthStart(iso: string, months: number): string {
  const d = day(iso);
  return ymd(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

export function shiftPeriod(p: Period, direction: -1 | 1): Period {
  if (isMonthStart(p.from) && isMonthEnd(p.to)) {
    const months = monthsSpanned(p);
    const from = monthStart(p.from, direction * months);
    return { from, to: addDays(monthStart(from, months), -1) };
  }
  const days = Math.round((day(p.to).getTime() - day(p.from).getTime()) / 86_400_000) + 1;
  return { from: addDays(p.from, direction * days), to: addDays(p.to, direction * days) };
}

export const previousPeriod = (p: Period): Period => shiftPeriod(p, -1);
export const nextPeriod = (p: Period): Period => shiftPeriod(p, 1);
