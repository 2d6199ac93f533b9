import type { ProgrammeRules } from '../programme/programme-rules.types';
import { isBefore } from '../shared/iso-time';
import { begin, changeStage, effect, emit, finish, update } from './journey-draft.machine';
import { scheduledDeadlines } from './journey-deadline-schedule.machine';
import type { Actor, Deadline, JourneyState, Transition } from './journey.types';

/**
 * Durable deadlines. The workflow sleeps until the earliest `pendingDeadlines` entry and then
 * calls `onDeadline` with its key. A missed deadline escalates to the manager (the journey keeps
 * going: the seeds never stop a journey for lateness); the end of an intensive-support cycle
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
  } else {
    const item = { key, kind: deadline.kind, dueAt: deadline.dueAt, since: now };
    update(draft, { overdue: [...state.overdue, item] });
    emit(draft, 'OVERDUE', { key, kind: deadline.kind, dueAt: deadline.dueAt, stage: state.stage });
    effect(draft, 'ESCALATE_TO_MANAGER', `${deadline.kind} overdue`, {
      journeyId: state.journeyId,
      key,
      kind: deadline.kind,
      dueAt: deadline.dueAt,
      facilitatorId: state.facilitatorId,
    });
  }
  return finish(draft, { rules, now, actor: SYSTEM_ACTOR });
}
