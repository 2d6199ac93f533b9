import { isIsoDateTime } from '../shared/iso-time';
import type { ModuleRun, JourneyState } from './journey.types';
import { invalid, reject, type Rejection } from './journey-draft.machine';

/**
 * Value checks shared by the command handlers. Each returns a Rejection or null, so a handler
 * reads as a list of `const bad = ...; if (bad) return bad;` lines.
 */
export const isNonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

export function requireId(name: string, value: unknown): Rejection | null {
  return isNonEmpty(value) ? null : invalid(`${name} is required`);
}

export function requireIso(name: string, value: unknown): Rejection | null {
  return isIsoDateTime(value) ? null : invalid(`${name} must be an ISO-8601 date-time with a zone`);
}

export function requireScore(name: string, value: unknown): Rejection | null {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
  return ok ? null : invalid(`${name} must be a number within 0..100`);
}

export function requireRatio(name: string, value: unknown): Rejection | null {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= 0;
  return ok ? null : invalid(`${name} must be a finite number >= 0`);
}

export function requireBoolean(name: string, value: unknown): Rejection | null {
  return typeof value === 'boolean' ? null : invalid(`${name} must be true or false`);
}

export function requireOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): Rejection | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? null
    : invalid(`${name} must be one of ${allowed.join(', ')}`);
}

export function requireReason(value: unknown): Rejection | null {
  return isNonEmpty(value) ? null : reject('REASON_REQUIRED', 'reasonEvidenceId is required for this decision');
}

/** The first failing check, or null. */
export function firstFailure(...checks: (Rejection | null)[]): Rejection | null {
  return checks.find((c) => c !== null) ?? null;
}

/** A module of the plan that still runs (PLANNED or ACTIVE). */
export function findOpenModule(state: JourneyState, moduleId: unknown): ModuleRun | Rejection {
  const module = state.modules.find((m) => m.moduleId === moduleId);
  if (!module) return reject('UNKNOWN_MODULE', `No module ${String(moduleId)} in the plan`);
  if (module.status !== 'PLANNED' && module.status !== 'ACTIVE') {
    return reject('COMMAND_NOT_ALLOWED_IN_STAGE', `Module ${module.moduleId} is ${module.status}`);
  }
  return module;
}

export const isModuleRun = (value: ModuleRun | Rejection): value is ModuleRun => !('ok' in value);

/**
 * The work facts a re-evaluation or follow-up may carry: both optional; months a whole number within 0..600,
 * and months in work for a person not in work contradict each other (LIVELIHOOD_FACTS_INCONSISTENT).
 */
export function requireWorkFacts(inWork: unknown, monthsInWork: unknown): Rejection | null {
  if (inWork !== undefined && typeof inWork !== 'boolean') return invalid('inWork must be true or false');
  if (monthsInWork === undefined) return null;
  if (!(typeof monthsInWork === 'number' && Number.isInteger(monthsInWork) && monthsInWork >= 0 && monthsInWork <= 600))
    return invalid('monthsInWork must be a whole number within 0..600');
  if (inWork !== true && monthsInWork > 0)
    return reject('LIVELIHOOD_FACTS_INCONSISTENT', 'monthsInWork is given for a person not in work');
  return null;
}

/** The work facts as the journey keeps them: only those given, so older states keep their shape. */
export function workFactsOf(cmd: { inWork?: boolean; monthsInWork?: number }): {
  inWork?: boolean;
  monthsInWork?: number;
} {
  return {
    ...(cmd.inWork !== undefined ? { inWork: cmd.inWork } : {}),
    ...(cmd.monthsInWork !== undefined ? { monthsInWork: cmd.monthsInWork } : {}),
  };
}
