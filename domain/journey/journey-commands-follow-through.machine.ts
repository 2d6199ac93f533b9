import { mentoringSchedule } from '../graduation/graduation-mentoring.rules';
import { isBefore } from '../shared/iso-time';
import { ALTERNATIVE_ANSWERS, SUPPORT_VISIT_KINDS, type SupportVisitKind } from './journey-codes';
import { begin, closeJourney, emit, invalid, reject, update, type Handler } from './journey-draft.machine';
import { isVisitInCycle, nextVisitExpectedAt } from './intensive-visit.rules';
import { firstFailure, requireId, requireIso, requireOneOf } from './journey-payload-checks';
import type { JourneyState, SupportVisit } from './journey.types';

/**
 * Following intensive support and graduation through (rules README, default v5): visits of the running intensive
 * cycle, the answers to the alternatives offered with a termination, and a graduate's individual follow-up plan and
 * tapering mentoring visits. What was agreed or planned is evidence in PostgreSQL (sealed text); only ids, codes and
 * dates travel here.
 */
export const recordIntensiveVisit: Handler<'recordIntensiveVisit'> = (state, cmd, { now }) => {
  const cycle = state.intensiveCycles.find((c) => !c.endedAt);
  if (!cycle) return reject('COMMAND_NOT_ALLOWED_IN_STAGE', 'No intensive-support cycle is running');
  const bad = visitPayloadFailure(cmd);
  if (bad) return bad;
  const visitedAt = new Date(cmd.visitedAt).toISOString();
  if (!isVisitInCycle(cycle, visitedAt, now))
    return reject(
      'VISIT_DATE_OUT_OF_CYCLE',
      `Cycle ${cycle.cycle} runs from ${cycle.startedAt} to ${cycle.plannedEnd}; ` +
        `${visitedAt} is outside it or ahead of now`,
    );
  const visit: SupportVisit = { visitedAt, kind: cmd.kind, evidenceId: cmd.evidenceId, recordedAt: now };
  const recorded = { ...cycle, visits: [...(cycle.visits ?? []), visit] };
  const draft = begin(state);
  update(draft, { intensiveCycles: state.intensiveCycles.map((c) => (c === cycle ? recorded : c)) });
  emit(draft, 'INTENSIVE_VISIT_RECORDED', {
    cycle: cycle.cycle,
    visitedAt,
    kind: cmd.kind,
    evidenceId: cmd.evidenceId,
    nextVisitExpectedAt: nextVisitExpectedAt(recorded),
  });
  return draft;
};

/** Each alternative offered is answered once; the last answer closes the terminated journey. */
export const recordTerminationAlternativeAnswer: Handler<'recordTerminationAlternativeAnswer'> = (
  state,
  cmd,
  { now },
) => {
  const termination = state.termination;
  const bad = firstFailure(
    requireOneOf('answer', cmd.answer, ALTERNATIVE_ANSWERS),
    requireId('evidenceId', cmd.evidenceId),
  );
  if (bad) return bad;
  const offered = termination?.alternatives.find((a) => a.alternative === cmd.alternative && !a.answer);
  if (!termination || !offered)
    return reject('UNKNOWN_ALTERNATIVE', `${String(cmd.alternative)} was not offered, or is already answered`);
  const answered = { ...offered, answer: cmd.answer, answeredAt: now };
  const alternatives = termination.alternatives.map((a) => (a === offered ? answered : a));
  const draft = begin(state);
  update(draft, { termination: { ...termination, alternatives } });
  emit(draft, 'TERMINATION_ALTERNATIVE_ANSWERED', {
    alternative: cmd.alternative,
    answer: cmd.answer,
    evidenceId: cmd.evidenceId,
    dueAt: termination.answerDueAt ?? null,
    late: termination.answerDueAt ? isBefore(termination.answerDueAt, now) : false,
  });
  if (alternatives.every((a) => a.answer)) {
    const decision = [...state.decisions].reverse().find((d) => d.kind === 'TERMINATE');
    closeJourney(
      draft,
      'TERMINATED',
      now,
      decision?.reasonEvidenceId ? { reasonEvidenceId: decision.reasonEvidenceId } : {},
    );
  }
  return draft;
};

/** The GRADUATE decision's time: mentoring visits are counted from it. */
export function graduatedAt(state: JourneyState): string | null {
  return [...state.decisions].reverse().find((d) => d.kind === 'GRADUATE')?.at ?? null;
}

/** The graduate's individual follow-up plan; a newer version replaces the older (both stay as evidence). */
export const recordFollowUpPlan: Handler<'recordFollowUpPlan'> = (state, cmd, { now }) => {
  const bad = requireId('evidenceId', cmd.evidenceId);
  if (bad) return bad;
  const draft = begin(state);
  update(draft, { followUpPlan: { evidenceId: cmd.evidenceId, recordedAt: now } });
  emit(draft, 'FOLLOW_UP_PLAN_RECORDED', {
    evidenceId: cmd.evidenceId,
    replaces: state.followUpPlan?.evidenceId ?? null,
  });
  return draft;
};

export const recordMentoringVisit: Handler<'recordMentoringVisit'> = (state, cmd, { rules, now }) => {
  const bad = visitPayloadFailure(cmd);
  if (bad) return bad;
  const visitedAt = new Date(cmd.visitedAt).toISOString();
  const since = graduatedAt(state);
  if (!since || isBefore(visitedAt, since) || isBefore(now, visitedAt))
    return invalid(`visitedAt must lie between graduation (${since ?? 'none'}) and now`);
  const visit: SupportVisit = { visitedAt, kind: cmd.kind, evidenceId: cmd.evidenceId, recordedAt: now };
  const visits = [...(state.mentoringVisits ?? []), visit];
  const schedule = mentoringSchedule(
    since,
    visits.map((v) => v.visitedAt),
    rules,
  );
  const draft = begin(state);
  update(draft, { mentoringVisits: visits });
  emit(draft, 'MENTORING_VISIT_RECORDED', {
    visitedAt,
    kind: cmd.kind,
    evidenceId: cmd.evidenceId,
    nextDueAt: schedule.nextDueAt,
  });
  return draft;
};

/** The payload both visit commands share: a date, a kind from the list, the evidence row of what was agreed. */
function visitPayloadFailure(cmd: { visitedAt: string; kind: SupportVisitKind; evidenceId: string }) {
  return firstFailure(
    requireIso('visitedAt', cmd.visitedAt),
    requireOneOf('kind', cmd.kind, SUPPORT_VISIT_KINDS),
    requireId('evidenceId', cmd.evidenceId),
  );
}
