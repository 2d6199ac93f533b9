import {
  completesEarly,
  earliestCompletionOf,
  minimumDurationDays,
  sessionHoursOutsideRefusal,
} from '../module/module-delivery.rules';
import { templateOf } from '../module/module-run.rules';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { invalid, reject, type Rejection } from './journey-draft.machine';
import type { ModuleRun } from './journey.types';

/**
 * The delivery checks the module commands apply (rules README, Module delivery): a session's hours against the
 * template's hours per session, and a module's evaluation against the template's minimum duration. Rules
 * without `moduleDelivery` check only that hours given are hours; nothing is refused and nothing is flagged.
 */
export const MAX_SESSION_HOURS = 24;

/** Refuses a session whose hours are not hours, or, under hoursPerSession REFUSE, lie outside the template. */
export function sessionHoursRefusal(
  module: ModuleRun,
  durationHours: unknown,
  rules: ProgrammeRules,
): Rejection | null {
  const refuse = rules.moduleDelivery?.hoursPerSession === 'REFUSE';
  if (durationHours === undefined || durationHours === null)
    return refuse
      ? invalid("durationHours is required: the programme rules check each session's hours against the template")
      : null;
  const hours = typeof durationHours === 'number' && Number.isFinite(durationHours) ? durationHours : NaN;
  if (!(hours > 0 && hours <= MAX_SESSION_HOURS))
    return invalid(`durationHours must be a number of hours above 0 and at most ${MAX_SESSION_HOURS}`);
  const template = templateOf(module.templateId, rules);
  const outside = template ? sessionHoursOutsideRefusal(hours, template, rules) : null;
  return outside ? reject('SESSION_HOURS_OUTSIDE_TEMPLATE', outside) : null;
}

/**
 * Under minimumDuration REFUSE, a module's evaluation (the step that completes it once its sessions are held) is
 * accepted only from its earliest completion date on: its first session + the template's minimum duration. It is
 * refused earlier even when sessions are still to come, so an evaluated module is never completed early by a
 * later attendance (an attendance is never refused: it happened).
 */
export function earlyEvaluationRefusal(module: ModuleRun, rules: ProgrammeRules, now: string): Rejection | null {
  if (rules.moduleDelivery?.minimumDuration !== 'REFUSE') return null;
  const template = templateOf(module.templateId, rules);
  if (!template || !completesEarly(module, rules, now)) return null;
  const days = minimumDurationDays(template, rules);
  const months = template.durationMonths.min;
  if (!module.actualStart)
    return reject(
      'MODULE_MINIMUM_DURATION',
      `${module.moduleId} has not started (no session held); it may be evaluated ${days} days (${months} ` +
        `months, the template's minimum duration) after its first session`,
    );
  const earliest = earliestCompletionOf(module.actualStart, template, rules);
  return reject(
    'MODULE_MINIMUM_DURATION',
    `${module.moduleId} started ${module.actualStart}; its template's minimum duration is ${months} months ` +
      `(${days} days), so it may be evaluated and completed from ${earliest}`,
  );
}

/**
 * What a completing module carries when the rules check delivery and it completes before its earliest date
 * (under FLAG; under REFUSE only a module evaluated before the journey moved onto such rules).
 */
export function earlyCompletionMark(
  module: ModuleRun,
  rules: ProgrammeRules,
  now: string,
): { completedEarly: true; earliestCompletion: string | null } | null {
  if (!rules.moduleDelivery || !completesEarly(module, rules, now)) return null;
  const template = templateOf(module.templateId, rules);
  const earliest = template && module.actualStart ? earliestCompletionOf(module.actualStart, template, rules) : null;
  return { completedEarly: true, earliestCompletion: earliest };
}
