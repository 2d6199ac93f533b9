import type { IntensiveSupportRules } from '../programme/programme-rules.types';
import { addDays, isBefore } from '../shared/iso-time';
import type { IntensiveCycle } from './journey.types';

/**
 * Visits of an intensive-support cycle (domain spec 3.6 step 3: "more frequent visits and mentoring"
 * [001:3899-3902]; rules README, default v5: `intensiveSupport.visitGraceDays`). Pure: the caller passes the cycle.
 */

/** The last visit's date, or the cycle's start while there is none: the next visit is counted from it. */
export function lastVisitOrStart(cycle: IntensiveCycle): string {
  return (cycle.visits ?? []).reduce((last, v) => (isBefore(last, v.visitedAt) ? v.visitedAt : last), cycle.startedAt);
}

/** When the next visit is expected (the cycle's interval after the last one); null once past the cycle's end. */
export function nextVisitExpectedAt(cycle: IntensiveCycle): string | null {
  if (cycle.endedAt) return null;
  const at = addDays(lastVisitOrStart(cycle), cycle.visitEveryDays);
  return isBefore(at, cycle.plannedEnd) ? at : null;
}

/**
 * When a missed visit becomes overdue: the interval plus the rules' grace after the last visit (or the start).
 * Null when the rules do not watch visits (no `visitGraceDays`: v1-v4), the cycle ended, or the cycle ends first.
 */
export function visitOverdueAt(
  cycle: IntensiveCycle,
  rules: { intensiveSupport: IntensiveSupportRules },
): string | null {
  const grace = rules.intensiveSupport.visitGraceDays;
  if (grace === undefined || cycle.endedAt) return null;
  const at = addDays(lastVisitOrStart(cycle), cycle.visitEveryDays + grace);
  return isBefore(at, cycle.plannedEnd) ? at : null;
}

/** A visit belongs to the running cycle: on or after its start, not after its planned end, not in the future. */
export function isVisitInCycle(cycle: IntensiveCycle, visitedAt: string, now: string): boolean {
  return !isBefore(visitedAt, cycle.startedAt) && !isBefore(cycle.plannedEnd, visitedAt) && !isBefore(now, visitedAt);
}
