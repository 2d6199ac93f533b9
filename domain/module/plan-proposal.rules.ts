import type { PlannedModuleInput } from '../journey/journey.types';
import type { ModuleTemplate, NeedCode, ProgrammeRules } from '../programme/programme-rules.types';
import { addDays } from '../shared/iso-time';

/**
 * Turns assessed needs into a proposed plan that a manager then approves or edits.
 *
 * - Templates come from `needsMapping` (see the rules README), de-duplicated (two needs may map to
 *   the same template, e.g. FINANCIAL_MANAGEMENT and MANAGERIAL_MENTORING).
 * - Phases: sequencing is seed silent (spec 4.1, 10.7) so it is data, `rules.proposalPhases`.
 *   default-v1 reads the lost module-flow diagram captions (rules README: `proposalPhases`) as:
 *   social mentoring first ("implementable in all models"), then skills and technical/managerial
 *   mentoring, then access (capital, market) last, since access builds on a business that skills
 *   produced (inference). Empty phases are skipped so phases stay contiguous from 1. Without
 *   `proposalPhases` every module is proposed in phase 1 (in parallel).
 * - Sessions: the template minimum; a manager can raise it within the range when approving.
 * - Start: phase 1 at `startAt`; each next phase starts after the previous phase's longest
 *   minimum duration (so the plan is not stretched by the most generous reading of each range).
 */
export function templatesForNeeds(needs: readonly NeedCode[], rules: ProgrammeRules): ModuleTemplate[] {
  const wanted = new Set<string>();
  for (const need of needs) {
    const mapping = rules.needsMapping.find((m) => m.need === need);
    for (const id of mapping?.modules ?? []) wanted.add(id);
  }
  // Rules order, not needs order: the same needs always give the same plan.
  return rules.moduleTemplates.filter((t) => wanted.has(t.id));
}

function groupIntoPhases(templates: ModuleTemplate[], rules: ProgrammeRules): ModuleTemplate[][] {
  if (!rules.proposalPhases) return templates.length ? [templates] : [];
  const phases = rules.proposalPhases.map((ids) => templates.filter((t) => ids.includes(t.id)));
  const placed = new Set(rules.proposalPhases.flat());
  const unplaced = templates.filter((t) => !placed.has(t.id));
  return [...phases, unplaced].filter((p) => p.length > 0);
}

export function proposeModules(
  needs: readonly NeedCode[],
  rules: ProgrammeRules,
  startAt: string,
): PlannedModuleInput[] {
  const phases = groupIntoPhases(templatesForNeeds(needs, rules), rules);
  const plan: PlannedModuleInput[] = [];
  let phaseStart = addDays(startAt, 0);
  phases.forEach((templates, i) => {
    for (const t of templates) {
      plan.push({ templateId: t.id, phase: i + 1, plannedStart: phaseStart, plannedSessions: t.sessions.min });
    }
    const longestMinMonths = Math.max(...templates.map((t) => t.durationMonths.min));
    phaseStart = addDays(phaseStart, longestMinMonths * rules.daysPerMonth);
  });
  return plan;
}
