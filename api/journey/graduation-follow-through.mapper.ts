import { mentoringSchedule } from '../../domain/graduation/graduation-mentoring.rules';
import { graduatedAt } from '../../domain/journey/journey-commands-follow-through.machine';
import type { JourneyState } from '../../domain/journey/journey.types';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import type { GraduationFollowThroughObject } from './journey-follow-through.object';

/** Journey.graduationFollowThrough from the state, with the next mentoring visit from the same pure rule. */
export function graduationFollowThroughOf(
  s: JourneyState,
  rules: ProgrammeRules,
): GraduationFollowThroughObject | null {
  const since = graduatedAt(s);
  if (!since) return null;
  const visits = s.mentoringVisits ?? [];
  const schedule = mentoringSchedule(
    since,
    visits.map((v) => v.visitedAt),
    rules,
  );
  return {
    followUpPlanEvidenceId: s.followUpPlan?.evidenceId ?? null,
    followUpPlanRecordedAt: s.followUpPlan?.recordedAt ?? null,
    mentoringVisits: visits,
    mentoringVisitsPlanned: schedule.planned,
    nextMentoringVisitDueAt: schedule.nextDueAt,
  };
}
