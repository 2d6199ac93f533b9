import type { PlannedModuleInput } from '../journey/journey.types';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { isIsoDateTime, toMillis } from '../shared/iso-time';

/**
 * Checks a plan a manager submits against the templates (rules README, Sources of the process: module
 * templates): each planned module must name a template once, with a session count inside the template's
 * range, in phases numbered 1..n without gaps, and with start dates that do not run backwards across phases.
 */
export type PlanProblemCode =
  | 'EMPTY_PLAN'
  | 'UNKNOWN_TEMPLATE'
  | 'DUPLICATE_TEMPLATE'
  | 'SESSIONS_OUT_OF_RANGE'
  | 'PHASES_NOT_CONTIGUOUS'
  | 'INVALID_DATE'
  | 'PHASE_STARTS_OUT_OF_ORDER';

export interface PlanProblem {
  code: PlanProblemCode;
  message: string;
  templateId?: string;
}

function checkModule(m: PlannedModuleInput, rules: ProgrammeRules, seen: Set<string>, problems: PlanProblem[]): void {
  const template = rules.moduleTemplates.find((t) => t.id === m.templateId);
  if (!template) {
    problems.push({
      code: 'UNKNOWN_TEMPLATE',
      message: `No module template ${m.templateId}`,
      templateId: m.templateId,
    });
  } else {
    const { min, max } = template.sessions;
    if (!Number.isInteger(m.plannedSessions) || m.plannedSessions < min || m.plannedSessions > max) {
      problems.push({
        code: 'SESSIONS_OUT_OF_RANGE',
        message: `${m.templateId} plans ${m.plannedSessions} sessions; the template allows ${min}-${max}`,
        templateId: m.templateId,
      });
    }
  }
  if (seen.has(m.templateId)) {
    problems.push({
      code: 'DUPLICATE_TEMPLATE',
      message: `${m.templateId} appears more than once`,
      templateId: m.templateId,
    });
  }
  seen.add(m.templateId);
  if (!isIsoDateTime(m.plannedStart)) {
    problems.push({
      code: 'INVALID_DATE',
      message: `${m.templateId} has an invalid plannedStart`,
      templateId: m.templateId,
    });
  }
}

function checkPhases(modules: readonly PlannedModuleInput[], problems: PlanProblem[]): void {
  const phases = [...new Set(modules.map((m) => m.phase))].sort((a, b) => a - b);
  const contiguous = phases.every((p, i) => Number.isInteger(p) && p === i + 1);
  if (!contiguous) {
    problems.push({
      code: 'PHASES_NOT_CONTIGUOUS',
      message: `Phases must be 1..n without gaps, got ${phases.join(', ')}`,
    });
    return;
  }
  if (modules.some((m) => !isIsoDateTime(m.plannedStart))) return;
  // A later phase may overlap an earlier one, but may not start before it.
  const earliest = phases.map((p) =>
    Math.min(...modules.filter((m) => m.phase === p).map((m) => toMillis(m.plannedStart))),
  );
  for (let i = 1; i < earliest.length; i++) {
    if (earliest[i] < earliest[i - 1]) {
      problems.push({ code: 'PHASE_STARTS_OUT_OF_ORDER', message: `Phase ${i + 1} starts before phase ${i}` });
    }
  }
}

/** False for an empty list, and for a value that is not an array at all (commands arrive as untyped JSON). */
const isNonEmptyList = (list: readonly unknown[]): boolean => Array.isArray(list) && list.length > 0;

export function validatePlan(modules: readonly PlannedModuleInput[], rules: ProgrammeRules): PlanProblem[] {
  if (!isNonEmptyList(modules)) return [{ code: 'EMPTY_PLAN', message: 'The plan has no modules' }];
  const problems: PlanProblem[] = [];
  const seen = new Set<string>();
  for (const m of modules) checkModule(m, rules, seen, problems);
  checkPhases(modules, problems);
  return problems;
}
