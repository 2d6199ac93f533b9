import type { JourneyState, ModuleRun } from '../journey/journey.types';
import type { ModuleCompletionRequirement, ProgrammeRules } from '../programme/programme-rules.types';
import { isModuleComplete, templateOf } from './module-run.rules';

/**
 * When a module completes (rules README, Outcomes): its planned sessions held and its evaluation in, and, when its
 * template names one (`completionRequires`, v5 on), the journey fact it stands for: CAPITAL_ACCESS completes on a
 * submitted capital proposal, not on sessions alone. A template without it (every template of v1-v4) completes as
 * before.
 */
export function completionRequirementOf(module: ModuleRun, rules: ProgrammeRules): ModuleCompletionRequirement | null {
  return templateOf(module.templateId, rules)?.completionRequires ?? null;
}

/** Whether the journey holds the fact a requirement names. */
export function isRequirementMet(requirement: ModuleCompletionRequirement, state: JourneyState): boolean {
  switch (requirement) {
    case 'CAPITAL_PROPOSAL_SUBMITTED':
      return (state.capitalProposals ?? []).length > 0;
    case 'MARKET_CHANNEL_OPENED':
      return (state.marketChannels ?? []).length > 0;
  }
}

/** The requirement a module still waits for, or null when it has none or it is met. */
export function unmetRequirement(
  module: ModuleRun,
  state: JourneyState,
  rules: ProgrammeRules,
): ModuleCompletionRequirement | null {
  const requirement = completionRequirementOf(module, rules);
  return requirement && !isRequirementMet(requirement, state) ? requirement : null;
}

/** Sessions held, evaluation in and the template's requirement met. */
export function isModuleCompleteIn(module: ModuleRun, state: JourneyState, rules: ProgrammeRules): boolean {
  return isModuleComplete(module) && unmetRequirement(module, state, rules) === null;
}

/**
 * The rules without module completion requirements: what a journey workflow whose history began before modules
 * could wait for an outcome applies on replay (workflows/journey patch `module-completion-requirements`).
 */
export function withoutCompletionRequirements(rules: ProgrammeRules): ProgrammeRules {
  if (!rules.moduleTemplates.some((t) => t.completionRequires)) return rules;
  return {
    ...rules,
    moduleTemplates: rules.moduleTemplates.map(({ completionRequires: _dropped, ...t }) => t),
  };
}
