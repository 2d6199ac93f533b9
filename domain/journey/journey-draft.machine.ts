import type { ErrorCode } from '../errors/error-codes';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { scheduledDeadlines } from './journey-deadline-schedule.machine';
import type {
  Actor,
  CommandType,
  ExitKind,
  JourneyCommand,
  JourneyEffect,
  JourneyEventType,
  JourneyState,
  ModuleRun,
  Stage,
  Transition,
} from './journey.types';

/**
 * The scratch pad a command handler fills: the next state (always a new object, the input is
 * never mutated), the events and the effects. `finish` stamps seq/at/actor on the events.
 */
export interface CommandContext {
  rules: ProgrammeRules;
  now: string;
  actor: Actor;
}
export interface DraftEvent {
  type: JourneyEventType;
  data: Record<string, unknown>;
}
export interface Draft {
  state: JourneyState;
  events: DraftEvent[];
  effects: JourneyEffect[];
}
export type Rejection = Extract<Transition, { ok: false }>;
export type CommandOf<K extends CommandType> = Extract<JourneyCommand, { type: K }>;
/** Validates the payload against the state and, if valid, returns the filled draft. */
export type Handler<K extends CommandType> = (
  state: JourneyState,
  command: CommandOf<K>,
  ctx: CommandContext,
) => Draft | Rejection;

export const reject = (code: ErrorCode, message: string): Rejection => ({ ok: false, code, message });
export const invalid = (message: string): Rejection => reject('VALIDATION_FAILED', message);
export const isRejection = (value: Draft | Rejection): value is Rejection => 'ok' in value && value.ok === false;

export function begin(state: JourneyState): Draft {
  return { state, events: [], effects: [] };
}

export function update(draft: Draft, patch: Partial<JourneyState>): void {
  draft.state = { ...draft.state, ...patch };
}

export function emit(draft: Draft, type: JourneyEventType, data: Record<string, unknown> = {}): void {
  draft.events.push({ type, data });
}

export function effect(draft: Draft, kind: JourneyEffect['kind'], reason: string, data: Record<string, unknown>): void {
  draft.effects.push({ kind, reason, data });
}

export function changeStage(draft: Draft, to: Stage, now: string): void {
  const from = draft.state.stage;
  if (from === to) return;
  update(draft, { stage: to, stageEnteredAt: now });
  emit(draft, 'STAGE_CHANGED', { from, to });
}

export function closeJourney(
  draft: Draft,
  stage: Stage,
  now: string,
  extra: { reasonEvidenceId?: string; exitKind?: ExitKind } = {},
): void {
  changeStage(draft, stage, now);
  update(draft, { closed: { stage, at: now, ...extra }, paused: null });
  emit(draft, 'JOURNEY_CLOSED', { stage, ...extra });
}

export function replaceModule(draft: Draft, moduleId: string, patch: Partial<ModuleRun>): ModuleRun {
  let replaced: ModuleRun | undefined;
  const modules = draft.state.modules.map((m) => (m.moduleId === moduleId ? (replaced = { ...m, ...patch }) : m));
  update(draft, { modules });
  if (!replaced) throw new Error(`replaceModule: no module ${moduleId}`); // handlers look the module up first
  return replaced;
}

/**
 * Completes the transition: one seq per command or timer, every event stamped with it. Overdue
 * items whose deadline no longer exists (the thing was done, moved or the journey closed) drop.
 */
export function finish(draft: Draft, ctx: CommandContext): Transition {
  const seq = draft.state.seq + 1;
  const live = new Set(scheduledDeadlines(draft.state, ctx.rules).map((d) => d.key));
  const overdue = draft.state.overdue.filter((o) => live.has(o.key));
  const state: JourneyState = { ...draft.state, seq, overdue };
  const events = draft.events.map((e) => ({ seq, type: e.type, at: ctx.now, actor: ctx.actor, data: e.data }));
  return { ok: true, state, events, effects: draft.effects };
}
