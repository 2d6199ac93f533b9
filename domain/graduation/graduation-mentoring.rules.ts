import type { ProgrammeRules } from '../programme/programme-rules.types';
import { addDays } from '../shared/iso-time';

/**
 * Graduation ends gradually (domain spec 3.5: "mentoring ends gradually and measurably" [001:3844]; 3.7: "gradually
 * reduce mentoring intensity" [001:3948]): after the GRADUATE decision the facilitator visits at the tapering
 * intervals of `graduationMentoring.visitIntervalsDays` (rules README, default v5), each counted from the visit
 * before (the first from graduation).
 */
export interface MentoringSchedule {
  /** When the next mentoring visit is due; null when every visit of the schedule is made or none is scheduled. */
  nextDueAt: string | null;
  /** Visits made so far, and how many the schedule asks for in all. */
  made: number;
  planned: number;
}

export function mentoringSchedule(
  graduatedAt: string | null,
  visitedAt: readonly string[],
  rules: Pick<ProgrammeRules, 'graduationMentoring'>,
): MentoringSchedule {
  const intervals = rules.graduationMentoring?.visitIntervalsDays ?? [];
  const made = visitedAt.length;
  if (!graduatedAt || made >= intervals.length) return { nextDueAt: null, made, planned: intervals.length };
  const from = made === 0 ? graduatedAt : [...visitedAt].sort().at(-1)!;
  return { nextDueAt: addDays(from, intervals[made]), made, planned: intervals.length };
}
