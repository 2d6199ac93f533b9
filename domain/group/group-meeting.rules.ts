import type { ProgrammeRules } from '../programme/programme-rules.types';
import type { GroupStatus } from './group.rules';

/**
 * Whether a group stopped meeting (domain spec 7: meeting frequency is group participation data). A group is
 * an office record, not a workflow: its only timer need is this, computed from its rows whenever it is read.
 */
const DAY_MS = 86_400_000;

/**
 * The last day the group met: the later of its latest held group session (a session where some member was
 * recorded PRESENT or PARTIAL) and the end of its latest periodic report's period; null when neither exists.
 */
export function lastMeetingOn(latestHeldSession: string | null, latestReportEnd: string | null): string | null {
  if (latestHeldSession === null) return latestReportEnd;
  if (latestReportEnd === null) return latestHeldSession;
  return latestHeldSession > latestReportEnd ? latestHeldSession : latestReportEnd;
}

/** Whole days from one date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * A group is overdue when more than `rules.groups.meetingOverdueDays` days passed since it last met (or, if it
 * never met, since it was formed). Rules without `groups` never make a group overdue; a dissolved group is
 * never overdue.
 */
export function meetingOverdue(
  group: { status: GroupStatus; formedOn: string; lastMeetingOn: string | null },
  rules: Pick<ProgrammeRules, 'groups'>,
  today: string,
): boolean {
  if (!rules.groups || group.status === 'DISSOLVED') return false;
  return daysBetween(group.lastMeetingOn ?? group.formedOn, today) > rules.groups.meetingOverdueDays;
}
