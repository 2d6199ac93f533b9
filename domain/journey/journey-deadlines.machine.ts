import type { ProgrammeRules } from '../programme/programme-rules.types';
import { isBefore } from '../shared/iso-time';
import { begin, changeStage, effect, emit, finish, update } from './journey-draft.machine';
import { scheduledDeadlines } from './journey-deadline-schedule.machine';
import type { Draft } from './journey-draft.machine';
import type { Actor, Deadline, EscalationLevel, JourneyState, OverdueItem, Transition } from './journey.types';

/**
 * Durable deadlines. The workflow sleeps until the earliest `pendingDeadlines` entry and then
 * calls `onDeadline` with its key. A missed deadline marks the step overdue and escalates: with the rules'
 * ladder to the facilitator, then (rungs scheduled as deadlines of their own) the coordinator and the
 * manager; without one to the manager at once (the journey keeps going: the seeds never stop a journey
 * for lateness); the end of an intensive-support cycle
 * moves the journey on to its re-evaluation (rules README, Sources of the process: not-graduated path).
 */
export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system' };

/** Deadlines still to fire: none while paused (the clock stops) or closed. */
export function pendingDeadlines(state: JourneyState, rules: ProgrammeRules): Deadline[] {
  if (state.paused || state.closed) return [];
  const fired = new Set(state.firedDeadlines);
  return scheduledDeadlines(state, rules).filter((d) => !fired.has(d.key));
}

/**
 * Unknown, stale (the deadline moved or its subject is done), already fired or early keys leave
 * the state untouched: `ok` with the very same state object and no events, so the caller can
 * tell nothing happened (`t.state === state`).
 */
export function onDeadline(state: JourneyState, key: string, rules: ProgrammeRules, now: string): Transition {
  const deadline = pendingDeadlines(state, rules).find((d) => d.key === key);
  if (!deadline || isBefore(now, deadline.dueAt)) return { ok: true, state, events: [], effects: [] };

  const draft = begin(state);
  update(draft, { firedDeadlines: [...state.firedDeadlines, key] });
  if (deadline.kind === 'INTENSIVE_CYCLE_END') {
    const cycle = state.intensiveCycles.find((c) => !c.endedAt);
    update(draft, {
      intensiveCycles: state.intensiveCycles.map((c) => (c === cycle ? { ...c, endedAt: now } : c)),
    });
    emit(draft, 'INTENSIVE_CYCLE_ENDED', { cycle: cycle?.cycle, plannedEnd: cycle?.plannedEnd });
    changeStage(draft, 'RE_EVALUATION', now);
  } else if (deadline.rung) {
    climb(draft, deadline.rung.overdueKey, deadline.rung.level, now);
  } else {
    // With a ladder the facilitator is told first; without one (v1, v2) the manager at once.
    const level: EscalationLevel = rules.escalation ? 'FACILITATOR' : 'MANAGER';
    const item = { key, kind: deadline.kind, dueAt: deadline.dueAt, since: now, escalatedTo: level, escalatedAt: now };
    update(draft, { overdue: [...state.overdue, item] });
    emit(draft, 'OVERDUE', { key, kind: deadline.kind, dueAt: deadline.dueAt, stage: state.stage });
    tell(draft, item);
  }
  return finish(draft, { rules, now, actor: SYSTEM_ACTOR });
}

/** The notification of one rung: `ESCALATE_TO_<level>`, reason `<DEADLINE_KIND> overdue`, ids and codes only. */
function tell(draft: Draft, item: OverdueItem & { escalatedTo: EscalationLevel }): void {
  effect(draft, `ESCALATE_TO_${item.escalatedTo}`, `${item.kind} overdue`, {
    journeyId: draft.state.journeyId,
    key: item.key,
    kind: item.kind,
    dueAt: item.dueAt,
    facilitatorId: draft.state.facilitatorId,
  });
}

/** A rung of the ladder fires: the overdue item (still overdue, or the rung would not exist) goes up a level. */
function climb(draft: Draft, overdueKey: string, level: EscalationLevel, now: string): void {
  const item = draft.state.overdue.find((o) => o.key === overdueKey);
  if (!item) return;
  const raised = { ...item, escalatedTo: level, escalatedAt: now };
  update(draft, { overdue: draft.state.overdue.map((o) => (o === item ? raised : o)) });
  emit(draft, 'ESCALATED', { key: item.key, kind: item.kind, dueAt: item.dueAt, level });
  tell(draft, raised);
}
