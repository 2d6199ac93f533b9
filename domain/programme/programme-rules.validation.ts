import { intensiveSupportProblems } from './intensive-support-rules.validation';
import {
  CAPACITY_ACTIONS,
  DELIVERY_CHECK_ACTIONS,
  WELFARE_LEVELS,
  type ProgrammeRules,
  type Range,
} from './programme-rules.types';
import { checkLivelihood } from './livelihood-rules.validation';
import { inclusionRulesProblems } from '../inclusion/inclusion-rules.validation';

/**
 * Consistency checks over one ProgrammeRules version. Run by a unit test over every bundled
 * version, and usable by an admin tool before publishing a new version. Returns problems as
 * sentences; an empty list means the version is usable.
 */
function checkRange(name: string, range: Range, problems: string[], allowZero = false): void {
  const floor = allowZero ? 0 : 1;
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max)) problems.push(`${name}: min and max must be numbers`);
  else if (range.min > range.max) problems.push(`${name}: min ${range.min} is above max ${range.max}`);
  else if (range.min < floor) problems.push(`${name}: min ${range.min} is below ${floor}`);
}

function positive(name: string, value: number, problems: string[], allowZero = false): void {
  const bad = !Number.isFinite(value) || value < 0 || (!allowZero && value === 0);
  if (bad) problems.push(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${value}`);
}

function checkTemplates(rules: ProgrammeRules, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const t of rules.moduleTemplates) {
    if (ids.has(t.id)) problems.push(`template ${t.id} is defined twice`);
    ids.add(t.id);
    checkRange(`${t.id}.durationMonths`, t.durationMonths, problems);
    checkRange(`${t.id}.sessions`, t.sessions, problems);
    checkRange(`${t.id}.hoursPerSession`, t.hoursPerSession, problems);
    checkRange(`${t.id}.totalHoursComputed`, t.totalHoursComputed, problems);
    if (t.totalHoursStated) checkRange(`${t.id}.totalHoursStated`, t.totalHoursStated, problems);
    if (!Number.isInteger(t.sessions.min) || !Number.isInteger(t.sessions.max))
      problems.push(`${t.id}.sessions must be whole numbers`);
    const mix = t.sessionMix.reduce((sum, m) => sum + m.percent, 0);
    if (mix !== 100) problems.push(`${t.id}.sessionMix sums to ${mix}, not 100`);
    const types = new Set(t.sessionMix.map((m) => m.type));
    if (types.size !== t.sessionMix.length) problems.push(`${t.id}.sessionMix repeats a session type`);
  }
  return ids;
}

function checkMapping(rules: ProgrammeRules, templateIds: Set<string>, problems: string[]): void {
  const needs = new Set<string>();
  for (const m of rules.needsMapping) {
    if (needs.has(m.need)) problems.push(`need ${m.need} is mapped twice`);
    needs.add(m.need);
    if (!m.source) problems.push(`need ${m.need} has no source citation`);
    for (const id of m.modules) {
      if (!templateIds.has(id)) problems.push(`need ${m.need} maps to unknown template ${id}`);
      const template = rules.moduleTemplates.find((t) => t.id === id);
      if (template && template.model !== m.model && m.need !== 'FINANCIAL_MANAGEMENT') {
        // FINANCIAL_MANAGEMENT is the one cross-model mapping: the capital-access row of the seed
        // table adds managerial mentoring for finance (rules README: `needsMapping` FINANCIAL_MANAGEMENT).
        problems.push(`need ${m.need} (model ${m.model}) maps to ${id} of model ${template.model}`);
      }
    }
  }
}

function checkPhases(rules: ProgrammeRules, templateIds: Set<string>, problems: string[]): void {
  if (!rules.proposalPhases) return;
  const seen = new Set<string>();
  rules.proposalPhases.forEach((phase, i) => {
    if (phase.length === 0) problems.push(`proposalPhases[${i}] is empty`);
    for (const id of phase) {
      if (!templateIds.has(id)) problems.push(`proposalPhases[${i}] names unknown template ${id}`);
      if (seen.has(id)) problems.push(`proposalPhases names ${id} twice`);
      seen.add(id);
    }
  });
}

export function validateProgrammeRules(rules: ProgrammeRules): string[] {
  const problems: string[] = [];
  if (!rules.programmeRulesId) problems.push('programmeRulesId is empty');
  if (!Number.isInteger(rules.version) || rules.version < 1)
    problems.push(`version must be a positive integer, got ${rules.version}`);
  const templateIds = checkTemplates(rules, problems);
  if (templateIds.size === 0) problems.push('no module templates');
  checkMapping(rules, templateIds, problems);
  checkPhases(rules, templateIds, problems);

  const { VULNERABLE, MIDDLE, STABLE } = rules.welfareThresholds;
  if (!(VULNERABLE >= 0 && VULNERABLE < MIDDLE && MIDDLE < STABLE)) {
    problems.push(
      `welfareThresholds must satisfy 0 <= VULNERABLE < MIDDLE < STABLE, got ${VULNERABLE}/${MIDDLE}/${STABLE}`,
    );
  }
  if (!WELFARE_LEVELS.includes(rules.selection.maxWelfareLevelAtSelection))
    problems.push('selection.maxWelfareLevelAtSelection is not a welfare level');
  if (!WELFARE_LEVELS.includes(rules.graduation.minWelfareLevel))
    problems.push('graduation.minWelfareLevel is not a welfare level');
  const score = rules.selection.minPotentialScore;
  if (!(score >= 0 && score <= 5)) problems.push(`selection.minPotentialScore must be within 0..5, got ${score}`);
  for (const q of rules.selection.vulnerableGroupQuotas) {
    if (!(q.minPercent >= 0 && q.minPercent <= 100))
      problems.push(`quota ${q.group} must be within 0..100, got ${q.minPercent}`);
  }
  const capacity = rules.selection.capacity;
  if (capacity !== undefined) {
    for (const key of ['overPlannedSize', 'quotaAtRisk'] as const)
      if (!CAPACITY_ACTIONS.includes(capacity?.[key]))
        problems.push(`selection.capacity.${key} must be one of ${CAPACITY_ACTIONS.join(', ')}`);
  }
  positive('graduation.minIncomeToMinimumWageRatio', rules.graduation.minIncomeToMinimumWageRatio, problems, true);
  for (const [name, days] of Object.entries(rules.deadlines)) positive(`deadlines.${name}`, days, problems);
  const att = rules.attendance;
  if (!(att.lowAttendancePercent >= 0 && att.lowAttendancePercent <= 100))
    problems.push('attendance.lowAttendancePercent must be within 0..100');
  positive('attendance.minSessionsBeforeAlert', att.minSessionsBeforeAlert, problems);
  positive('intensiveSupport.durationDays', rules.intensiveSupport.durationDays, problems);
  positive('intensiveSupport.visitEveryDays', rules.intensiveSupport.visitEveryDays, problems);
  positive(
    'intensiveSupport.cyclesBeforeTerminationReview',
    rules.intensiveSupport.cyclesBeforeTerminationReview,
    problems,
  );
  positive('daysPerMonth', rules.daysPerMonth, problems);
  if (!rules.grievance)
    problems.push('grievance.complaintResponseDays is missing: overdue complaints could not escalate');
  else positive('grievance.complaintResponseDays', rules.grievance.complaintResponseDays, problems);
  checkFollowUps(rules, problems);
  checkEscalation(rules, problems);
  checkDeliveryAndGroups(rules, problems);
  checkLivelihood(rules, problems);
  problems.push(...inclusionRulesProblems(rules.inclusion));
  problems.push(...intensiveSupportProblems(rules));
  return problems;
}

function checkFollowUps(rules: ProgrammeRules, problems: string[]): void {
  const months = rules.followUpScheduleMonths;
  if (months.length === 0)
    problems.push('followUpScheduleMonths is empty: a graduate could never complete the journey');
  months.forEach((m, i) => {
    if (!(m > 0) || (i > 0 && m <= months[i - 1]))
      problems.push('followUpScheduleMonths must be positive and strictly increasing');
  });
  if (!rules.followUpWindow) return;
  const opens = rules.followUpWindow.opensDaysBeforeDue;
  positive('followUpWindow.opensDaysBeforeDue', opens, problems, true);
  // Each window opens after graduation and after the previous follow-up's due date, so "early" means something.
  const gaps = months.map((m, i) => (m - (i > 0 ? months[i - 1] : 0)) * rules.daysPerMonth);
  const shortest = Math.min(...gaps);
  if (opens >= shortest)
    problems.push(
      `followUpWindow.opensDaysBeforeDue (${opens}) must be shorter than the shortest follow-up interval ` +
        `(${shortest} days)`,
    );
}

/** The ladder, when set: both rungs after the due date, the manager's after the coordinator's. */
function checkEscalation(rules: ProgrammeRules, problems: string[]): void {
  if (!rules.escalation) return;
  const { coordinatorAfterDays, managerAfterDays } = rules.escalation;
  positive('escalation.coordinatorAfterDays', coordinatorAfterDays, problems);
  positive('escalation.managerAfterDays', managerAfterDays, problems);
  if (!(managerAfterDays > coordinatorAfterDays))
    problems.push(
      `escalation.managerAfterDays (${managerAfterDays}) must be after escalation.coordinatorAfterDays ` +
        `(${coordinatorAfterDays}): the manager is the last rung`,
    );
}

/** Module delivery checks and group settings, when set (rules README, default v4). */
function checkDeliveryAndGroups(rules: ProgrammeRules, problems: string[]): void {
  const delivery = rules.moduleDelivery;
  if (delivery !== undefined) {
    for (const key of ['minimumDuration', 'hoursPerSession'] as const)
      if (!DELIVERY_CHECK_ACTIONS.includes(delivery?.[key]))
        problems.push(`moduleDelivery.${key} must be one of ${DELIVERY_CHECK_ACTIONS.join(', ')}`);
    const tolerance = delivery?.mixTolerancePoints;
    if (!(typeof tolerance === 'number' && tolerance >= 0 && tolerance <= 100))
      problems.push(`moduleDelivery.mixTolerancePoints must be within 0..100 percentage points, got ${tolerance}`);
  }
  if (rules.groups !== undefined) positive('groups.meetingOverdueDays', rules.groups?.meetingOverdueDays, problems);
  if (rules.fieldSync !== undefined) {
    positive('fieldSync.maxLateDays', rules.fieldSync?.maxLateDays, problems, true);
    positive('fieldSync.clockSkewMinutes', rules.fieldSync?.clockSkewMinutes, problems, true);
  }
}
