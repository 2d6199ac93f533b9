import type { ProgrammeRules } from '../programme/programme-rules.types';
import { addDays, addMillis, millisBetween, toMillis } from '../shared/iso-time';
import { ESCALATION_LEVELS, type DeadlineKind, type EscalationLevel } from './journey-codes';
import { visitOverdueAt } from './intensive-visit.rules';
import type { Deadline, JourneyState } from './journey.types';

/**
 * Every deadline the journey's current state implies, fired or not, paused or not. The key
 * always ends with the due instant, so anything that moves a deadline (an extension, a pause)
 * yields a new key and therefore a new timer; a fired key never fires again.
 *
 * Deadlines counted from a fixed instant (enrolment, stage entry, decision) add the time spent in
 * pauses that began after that instant: the clock stops while paused. Module ends, intensive
 * cycle ends and follow-up dates are moved directly by `resume` instead.
 */
function pausedMillisSince(state: JourneyState, fromIso: string): number {
  const from = toMillis(fromIso);
  return (state.pauseHistory ?? [])
    .filter((p) => toMillis(p.since) >= from)
    .reduce((sum, p) => sum + millisBetween(p.since, p.until), 0);
}

function fromInstant(state: JourneyState, base: string, days: number): string {
  return addMillis(addDays(base, days), pausedMillisSince(state, base));
}

function stageDeadline(state: JourneyState, rules: ProgrammeRules): Deadline[] {
  const d = rules.deadlines;
  switch (state.stage) {
    case 'ENROLLED': {
      const dueAt = fromInstant(state, state.enrolledAt, d.assessmentDays);
      return [{ key: `ASSESSMENT:${dueAt}`, kind: 'ASSESSMENT', dueAt }];
    }
    case 'PLANNING': {
      const dueAt = fromInstant(state, state.stageEnteredAt, d.planApprovalDays);
      return [{ key: `PLAN_APPROVAL:${dueAt}`, kind: 'PLAN_APPROVAL', dueAt }];
    }
    case 'RE_EVALUATION': {
      const dueAt = fromInstant(state, state.stageEnteredAt, d.reEvaluationDays);
      return [{ key: `RE_EVALUATION:${dueAt}`, kind: 'RE_EVALUATION', dueAt }];
    }
    case 'IN_INTERVENTION':
      return state.modules
        .filter((m) => m.status === 'PLANNED' || m.status === 'ACTIVE')
        .map((m) => {
          const dueAt = addDays(m.plannedEnd, d.moduleGraceDays);
          return { key: `MODULE_END:${m.moduleId}:${m.plannedEnd}`, kind: 'MODULE_END', dueAt };
        });
    case 'INTENSIVE_SUPPORT':
      return state.intensiveCycles
        .filter((c) => !c.endedAt)
        .flatMap((c): Deadline[] => {
          const visitDue = visitOverdueAt(c, rules);
          const end: Deadline = {
            key: `INTENSIVE_CYCLE_END:${c.cycle}:${c.plannedEnd}`,
            kind: 'INTENSIVE_CYCLE_END',
            dueAt: addDays(c.plannedEnd, 0),
          };
          return visitDue
            ? [end, { key: `INTENSIVE_VISIT:${c.cycle}:${visitDue}`, kind: 'INTENSIVE_VISIT', dueAt: visitDue }]
            : [end];
        });
    case 'TERMINATED': {
      // v5: alternatives offered with the termination wait for their answers (set once communicated).
      const t = state.termination;
      if (!t?.answerDueAt || state.pendingCommunication || t.alternatives.every((a) => a.answer)) return [];
      return [{ key: `ALTERNATIVE_ANSWER:${t.answerDueAt}`, kind: 'ALTERNATIVE_ANSWER', dueAt: t.answerDueAt }];
    }
    case 'GRADUATED':
      return state.followUps
        .filter((f) => !f.recordedAt)
        .map((f) => {
          const dueAt = addDays(f.dueAt, d.followUpGraceDays);
          return { key: `FOLLOW_UP:${f.index}:${f.dueAt}`, kind: 'FOLLOW_UP', dueAt };
        });
    default:
      return [];
  }
}

/** The decision waiting to be communicated, if any. */
export function pendingDecision(state: JourneyState): JourneyState['decisions'][number] | undefined {
  if (!state.pendingCommunication) return undefined;
  return [...state.decisions].reverse().find((d) => d.kind === state.pendingCommunication && !d.communicatedAt);
}

function communicationDeadline(state: JourneyState, rules: ProgrammeRules): Deadline[] {
  const decision = pendingDecision(state);
  if (!decision) return [];
  const dueAt = fromInstant(state, decision.at, rules.deadlines.communicationDays);
  return [{ key: `COMMUNICATION:${decision.kind}:${decision.at}:${dueAt}`, kind: 'COMMUNICATION', dueAt }];
}

/**
 * The rungs of the escalation ladder still ahead of each overdue item (rules with `escalation` only), counted
 * from the item's due date: the coordinator's, then the manager's. Keyed by the rung and the overdue key, so
 * when the step is done (its deadline, and so the overdue item, disappears) its rungs disappear too.
 */
function escalationDeadlines(state: JourneyState, rules: ProgrammeRules, live: Set<string>): Deadline[] {
  const ladder = rules.escalation;
  if (!ladder) return [];
  const afterDays: Record<Exclude<EscalationLevel, 'FACILITATOR'>, number> = {
    COORDINATOR: ladder.coordinatorAfterDays,
    MANAGER: ladder.managerAfterDays,
  };
  return state.overdue
    .filter((o) => live.has(o.key))
    .flatMap((o) => {
      const reached = ESCALATION_LEVELS.indexOf(o.escalatedTo ?? 'MANAGER');
      return (['COORDINATOR', 'MANAGER'] as const)
        .filter((level) => ESCALATION_LEVELS.indexOf(level) > reached)
        .map((level) => ({
          key: `ESCALATE_${level}:${o.key}`,
          kind: o.kind,
          dueAt: fromInstant(state, o.dueAt, afterDays[level]),
          rung: { level, overdueKey: o.key },
        }));
    });
}

/**
 * Deadline kinds that only rules with intensive-support follow-through (v5) schedule; the workflow times them only
 * in runs that have its patch, so a history recorded without them replays unchanged.
 */
export const FOLLOW_THROUGH_DEADLINE_KINDS: readonly DeadlineKind[] = ['INTENSIVE_VISIT', 'ALTERNATIVE_ANSWER'];

export function scheduledDeadlines(state: JourneyState, rules: ProgrammeRules): Deadline[] {
  if (state.closed) return [];
  const own = [...stageDeadline(state, rules), ...communicationDeadline(state, rules)];
  return [...own, ...escalationDeadlines(state, rules, new Set(own.map((d) => d.key)))];
}
