import type { ModuleRun, PlannedModuleInput } from '../journey/journey.types';
import type { ModuleTemplate, ProgrammeRules } from '../programme/programme-rules.types';
import { addDays } from '../shared/iso-time';

/**
 * Rules for one running module.
 *
 * Planned end: plannedStart + the template's MAXIMUM duration in months x daysPerMonth. The seed gives ranges
 * ("1-2 months"; rules README, Sources of the process: module templates); using the upper bound means the
 * overdue timer (plannedEnd + moduleGraceDays) only fires once even the longest reading of the template is
 * exhausted. Extensions and pauses then move plannedEnd.
 */
export function templateOf(templateId: string, rules: ProgrammeRules): ModuleTemplate | undefined {
  return rules.moduleTemplates.find((t) => t.id === templateId);
}

export function plannedEndOf(planned: PlannedModuleInput, rules: ProgrammeRules): string {
  const template = templateOf(planned.templateId, rules);
  const months = template ? template.durationMonths.max : 0;
  return addDays(planned.plannedStart, months * rules.daysPerMonth);
}

/** Sessions that took place: attendance was recorded (ABSENT included: the session was held). */
export function heldSessions(module: ModuleRun): number {
  return module.sessions.filter((s) => s.attendance !== undefined).length;
}

/**
 * Attendance rate in percent over held sessions; PARTIAL (late, half-day) counts as half (rules
 * README: `attendance.lowAttendancePercent`; Sources of the process: running modules). Null before
 * any session is held.
 */
export function attendanceRate(module: ModuleRun): number | null {
  const held = module.sessions.filter((s) => s.attendance !== undefined);
  if (held.length === 0) return null;
  const points = held.reduce(
    (sum, s) => sum + (s.attendance === 'PRESENT' ? 1 : s.attendance === 'PARTIAL' ? 0.5 : 0),
    0,
  );
  return (points * 100) / held.length;
}

/** Alert once per module, and only after enough sessions for the rate to mean something. */
export function shouldAlertLowAttendance(module: ModuleRun, rules: ProgrammeRules): boolean {
  if (module.lowAttendanceAlerted) return false;
  if (heldSessions(module) < rules.attendance.minSessionsBeforeAlert) return false;
  const rate = attendanceRate(module);
  return rate !== null && rate < rules.attendance.lowAttendancePercent;
}

/** Complete when the planned sessions were held and the module evaluation is in. */
export function isModuleComplete(module: ModuleRun): boolean {
  return heldSessions(module) >= module.plannedSessions && module.evaluatedAt !== undefined;
}

export function isModuleOpen(module: ModuleRun): boolean {
  return module.status === 'PLANNED' || module.status === 'ACTIVE';
}
