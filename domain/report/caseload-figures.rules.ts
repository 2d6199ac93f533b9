import type { DeadlineKind } from '../journey/journey-codes';

/**
 * One facilitator's caseload figures for a period (myCaseloadFigures, the weekly facilitator report): the journeys
 * assigned to them, their overdue steps now by kind, the sessions held and attendance, the visits made. Pure.
 */
export interface CaseloadCounts {
  journeys: number;
  overdue: { kind: DeadlineKind; steps: number }[];
  sessionsHeld: number;
  attendance: { present: number; partial: number; absent: number };
  visits: { intensive: number; mentoring: number; homeVisits: number };
}

export interface CaseloadFigures extends CaseloadCounts {
  facilitatorId: string;
  programmeId: string;
  from: string;
  to: string;
  overdueSteps: number;
  /** Attendance records in the period, a partial attendance counting half (as a module's attendance rate); 0-100. */
  attendanceRate: number | null;
  visitsMade: number;
}

/** The share of attendance, PRESENT 1, PARTIAL 0.5, ABSENT 0 (domain/module/module-run.rules.ts); null: none. */
export function caseloadAttendanceRate(a: CaseloadCounts['attendance']): number | null {
  const records = a.present + a.partial + a.absent;
  return records === 0 ? null : Math.round(((a.present + a.partial / 2) * 1000) / records) / 10;
}

export function caseloadFigures(
  about: { facilitatorId: string; programmeId: string; from: string; to: string },
  counts: CaseloadCounts,
): CaseloadFigures {
  return {
    ...about,
    ...counts,
    overdueSteps: counts.overdue.reduce((sum, o) => sum + o.steps, 0),
    attendanceRate: caseloadAttendanceRate(counts.attendance),
    visitsMade: counts.visits.intensive + counts.visits.mentoring,
  };
}
