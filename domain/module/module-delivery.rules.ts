import type { ModuleRun } from '../journey/journey.types';
import type { ModuleTemplate, ProgrammeRules, Range } from '../programme/programme-rules.types';
import { addDays, isBefore } from '../shared/iso-time';
import { templateOf } from './module-run.rules';

/**
 * A module's delivery against its template (rules README, Module delivery): hours per session and in total,
 * each session type's share against the template's percentages, and the minimum duration. Works on any list
 * of sessions, an individual module's or a group's.
 */

/** Where a figure stands against a template range. */
export const HOURS_CHECKS = ['BELOW', 'WITHIN', 'ABOVE'] as const;
export type HoursCheck = (typeof HOURS_CHECKS)[number];

/**
 * What a session type's share counts: held hours when every held session carries its hours, else held sessions
 * (whether the template's percentages are of sessions or hours is seed silent, domain spec 4 and 10.7).
 */
export const MIX_BASES = ['HOURS', 'SESSIONS'] as const;
export type MixBasis = (typeof MIX_BASES)[number];

export interface DeliverySession {
  sessionId: string;
  sessionType: string;
  /** Planned length in hours; absent on sessions scheduled without it. */
  durationHours?: number | null;
  /** The session took place (attendance recorded, ABSENT included). */
  held: boolean;
  heldAt?: string | null;
}

export interface SessionHoursFlag {
  sessionId: string;
  sessionType: string;
  durationHours: number;
  check: Exclude<HoursCheck, 'WITHIN'>;
}

export interface SessionTypeShare {
  sessionType: string;
  /** The template's percentage for the type; 0 for a type the template does not list. */
  templatePercent: number;
  sessionsHeld: number;
  hoursHeld: number;
  /** Share of the held total in percent (2 decimals); null before any session is held. */
  sharePercent: number | null;
  /** sharePercent - templatePercent, in percentage points; null before any session is held. */
  deviationPoints: number | null;
  /** The deviation is beyond the tolerance. */
  outsideTolerance: boolean;
}

export interface ModuleDelivery {
  templateId: string;
  sessionsScheduled: number;
  sessionsHeld: number;
  /** Hours of held sessions that carry their hours. */
  hoursHeld: number;
  /** Hours of every scheduled session that carries its hours, held or not. */
  hoursScheduled: number;
  heldWithoutHours: number;
  hoursPerSession: Range;
  /** Scheduled or held sessions whose hours fall outside the template's hours per session. */
  sessionsOutsideHours: SessionHoursFlag[];
  totalHours: Range;
  /** Hours held against the template's total (sessions x hours per session). */
  totalHoursCheck: HoursCheck;
  mixBasis: MixBasis;
  mixTolerancePoints: number;
  mix: SessionTypeShare[];
  mixOutsideTolerance: boolean;
  minimumDurationDays: number;
  /** actualStart + minimumDurationDays; null before the module starts. */
  earliestCompletion: string | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function hoursCheck(value: number, range: Range): HoursCheck {
  if (value < range.min) return 'BELOW';
  return value > range.max ? 'ABOVE' : 'WITHIN';
}

/**
 * Why the rules refuse a session of `hours` for this template, in words, or null: only under hoursPerSession
 * REFUSE and outside the template's hours per session. The same words for a journey's session and a group's.
 */
export function sessionHoursOutsideRefusal(
  hours: number,
  template: ModuleTemplate,
  rules: Pick<ProgrammeRules, 'moduleDelivery'>,
): string | null {
  if (rules.moduleDelivery?.hoursPerSession !== 'REFUSE') return null;
  const check = hoursCheck(hours, template.hoursPerSession);
  if (check === 'WITHIN') return null;
  const { min, max } = template.hoursPerSession;
  return (
    `A ${template.id} session lasts ${min}-${max} hours by its template; ${hours} is ` +
    `${check === 'BELOW' ? 'shorter' : 'longer'}, and the programme rules refuse it`
  );
}

/** Percentage points a share may differ from the template's: the rules' tolerance, 0 without one (all shown). */
export function mixToleranceOf(rules: ProgrammeRules): number {
  return rules.moduleDelivery?.mixTolerancePoints ?? 0;
}

/** The template's minimum duration in days: its shortest reading of months x daysPerMonth. */
export function minimumDurationDays(template: ModuleTemplate, rules: ProgrammeRules): number {
  return template.durationMonths.min * rules.daysPerMonth;
}

/** The earliest instant a module that started at `actualStart` may complete. */
export function earliestCompletionOf(actualStart: string, template: ModuleTemplate, rules: ProgrammeRules): string {
  return addDays(actualStart, minimumDurationDays(template, rules));
}

function typeShares(held: readonly DeliverySession[], template: ModuleTemplate, basis: MixBasis, tolerance: number) {
  const weight = (s: DeliverySession) => (basis === 'HOURS' ? (s.durationHours ?? 0) : 1);
  const total = held.reduce((sum, s) => sum + weight(s), 0);
  const listed = template.sessionMix.map((m) => m.type);
  const extra = [...new Set(held.map((s) => s.sessionType))].filter((t) => !listed.includes(t));
  return [...listed, ...extra].map((type): SessionTypeShare => {
    const ofType = held.filter((s) => s.sessionType === type);
    const templatePercent = template.sessionMix.find((m) => m.type === type)?.percent ?? 0;
    const sharePercent = total > 0 ? round2((ofType.reduce((sum, s) => sum + weight(s), 0) * 100) / total) : null;
    const deviationPoints = sharePercent === null ? null : round2(sharePercent - templatePercent);
    return {
      sessionType: type,
      templatePercent,
      sessionsHeld: ofType.length,
      hoursHeld: round2(ofType.reduce((sum, s) => sum + (s.durationHours ?? 0), 0)),
      sharePercent,
      deviationPoints,
      outsideTolerance: deviationPoints !== null && Math.abs(deviationPoints) > tolerance,
    };
  });
}

/** The delivery of a list of sessions (a module's, or a group's) against the template. */
export function deliveryOf(
  sessions: readonly DeliverySession[],
  template: ModuleTemplate,
  rules: ProgrammeRules,
  actualStart?: string | null,
): ModuleDelivery {
  const held = sessions.filter((s) => s.held);
  const hours = (list: readonly DeliverySession[]) => round2(list.reduce((sum, s) => sum + (s.durationHours ?? 0), 0));
  const hoursHeld = hours(held);
  const heldWithoutHours = held.filter((s) => typeof s.durationHours !== 'number').length;
  const mixBasis: MixBasis = heldWithoutHours === 0 && hoursHeld > 0 ? 'HOURS' : 'SESSIONS';
  const tolerance = mixToleranceOf(rules);
  const mix = typeShares(held, template, mixBasis, tolerance);
  const sessionsOutsideHours = sessions.flatMap((s): SessionHoursFlag[] => {
    if (typeof s.durationHours !== 'number') return [];
    const check = hoursCheck(s.durationHours, template.hoursPerSession);
    return check === 'WITHIN'
      ? []
      : [{ sessionId: s.sessionId, sessionType: s.sessionType, durationHours: s.durationHours, check }];
  });
  return {
    templateId: template.id,
    sessionsScheduled: sessions.length,
    sessionsHeld: held.length,
    hoursHeld,
    hoursScheduled: hours(sessions),
    heldWithoutHours,
    hoursPerSession: template.hoursPerSession,
    sessionsOutsideHours,
    totalHours: template.totalHoursComputed,
    totalHoursCheck: hoursCheck(hoursHeld, template.totalHoursComputed),
    mixBasis,
    mixTolerancePoints: tolerance,
    mix,
    mixOutsideTolerance: mix.some((m) => m.outsideTolerance),
    minimumDurationDays: minimumDurationDays(template, rules),
    earliestCompletion: actualStart ? earliestCompletionOf(actualStart, template, rules) : null,
  };
}

export function deliverySessionsOf(module: ModuleRun): DeliverySession[] {
  return module.sessions.map((s) => ({
    sessionId: s.sessionId,
    sessionType: s.sessionType,
    durationHours: s.durationHours,
    held: s.attendance !== undefined,
    heldAt: s.heldAt,
  }));
}

/** A journey's module against its template; null when the rules no longer know the template. */
export function moduleDeliveryOf(module: ModuleRun, rules: ProgrammeRules): ModuleDelivery | null {
  const template = templateOf(module.templateId, rules);
  return template ? deliveryOf(deliverySessionsOf(module), template, rules, module.actualStart) : null;
}

/** Whether completing the module at `now` comes before its earliest completion (a module not started: yes). */
export function completesEarly(module: ModuleRun, rules: ProgrammeRules, now: string): boolean {
  const template = templateOf(module.templateId, rules);
  if (!template) return false;
  if (!module.actualStart) return true;
  return isBefore(now, earliestCompletionOf(module.actualStart, template, rules));
}
