import type { ProgrammeRules } from '../programme/programme-rules.types';
import { addDays, isBefore } from '../shared/iso-time';
import type { FollowUp } from './journey.types';

/**
 * A follow-up belongs to a window around its due date (rules README: `followUpWindow.opensDaysBeforeDue`):
 * it opens that many days before the due date, and after the due date `deadlines.followUpGraceDays` runs
 * until it is overdue (still accepted, escalated to the manager). Rules without a window (v1 versions) let a
 * follow-up be recorded any time after graduation, as they always did.
 */
export function followUpOpensAt(followUp: Pick<FollowUp, 'dueAt'>, rules: ProgrammeRules): string | null {
  const window = rules.followUpWindow;
  return window ? addDays(followUp.dueAt, -window.opensDaysBeforeDue) : null;
}

/** Whether recording the follow-up at `now` comes before its window opens. */
export function isFollowUpEarly(followUp: Pick<FollowUp, 'dueAt'>, rules: ProgrammeRules, now: string): boolean {
  const opensAt = followUpOpensAt(followUp, rules);
  return opensAt !== null && isBefore(now, opensAt);
}
