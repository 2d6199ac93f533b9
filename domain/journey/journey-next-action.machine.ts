import { mentoringSchedule } from '../graduation/graduation-mentoring.rules';
import { unmetRequirement } from '../module/module-completion.rules';
import { heldSessions, isModuleOpen } from '../module/module-run.rules';
import { graduatedAt } from './journey-commands-follow-through.machine';
import type { ModuleCompletionRequirement, ProgrammeRules } from '../programme/programme-rules.types';
import { scheduledDeadlines } from './journey-deadline-schedule.machine';
import type { CommandType, DeadlineKind, JourneyState, Role } from './journey.types';

/** The commands a journey can wait for next, or NONE when nobody has to act. */
export const NEXT_ACTIONS = [
  'submitAssessment',
  'approvePlan',
  'scheduleSession',
  'recordAttendance',
  'recordModuleEvaluation',
  'submitReEvaluation',
  'decideGraduation',
  'recordCommunication',
  'recordNotGraduatedEvaluation',
  'startIntensiveSupport',
  'decideTermination',
  'recordFollowUp',
  'recordReferralAnswer',
  'recordIntensiveVisit',
  'recordTerminationAlternativeAnswer',
  'recordFollowUpPlan',
  'recordMentoringVisit',
  'resume',
  'submitCapitalProposal',
  'openMarketChannel',
  'NONE',
] as const satisfies readonly (CommandType | 'NONE')[];
export type NextActionCode = (typeof NEXT_ACTIONS)[number];

/** "What happens next and who must do it" for the journey view and caseload lists. */
export interface NextAction {
  action: NextActionCode;
  by: Role;
  dueAt: string | null;
}

function dueOf(state: JourneyState, rules: ProgrammeRules, kind: DeadlineKind): string | null {
  return scheduledDeadlines(state, rules).find((d) => d.kind === kind)?.dueAt ?? null;
}

/** The command that brings the fact a module waits for (module-completion.rules.ts). */
const REQUIREMENT_ACTIONS: Record<ModuleCompletionRequirement, NextActionCode> = {
  CAPITAL_PROPOSAL_SUBMITTED: 'submitCapitalProposal',
  MARKET_CHANNEL_OPENED: 'openMarketChannel',
};

function interventionAction(state: JourneyState, rules: ProgrammeRules): NextAction {
  const open = state.modules.filter(isModuleOpen).sort((a, b) => a.plannedEnd.localeCompare(b.plannedEnd));
  const module = open[0];
  if (!module) return { action: 'NONE', by: 'system', dueAt: null };
  const dueAt = module.plannedEnd;
  const waitingFor = module.evaluatedAt === undefined ? null : unmetRequirement(module, state, rules);
  if (heldSessions(module) >= module.plannedSessions && waitingFor)
    return { action: REQUIREMENT_ACTIONS[waitingFor], by: 'facilitator', dueAt };
  if (heldSessions(module) >= module.plannedSessions)
    return { action: 'recordModuleEvaluation', by: 'facilitator', dueAt };
  const waiting = module.sessions.some((s) => !s.attendance);
  return { action: waiting ? 'recordAttendance' : 'scheduleSession', by: 'facilitator', dueAt };
}

/**
 * Rules with graduation mentoring (v5): the individual follow-up plan first, then a mentoring visit when it falls
 * due before the next follow-up.
 */
function gradualAction(state: JourneyState, rules: ProgrammeRules): NextAction | null {
  if (!rules.graduationMentoring) return null;
  if (!state.followUpPlan) return { action: 'recordFollowUpPlan', by: 'facilitator', dueAt: null };
  const visit = mentoringSchedule(
    graduatedAt(state),
    (state.mentoringVisits ?? []).map((v) => v.visitedAt),
    rules,
  ).nextDueAt;
  const followUp = state.followUps.find((f) => !f.recordedAt)?.dueAt;
  if (visit && (!followUp || visit <= followUp))
    return { action: 'recordMentoringVisit', by: 'facilitator', dueAt: visit };
  return null;
}

export function nextExpectedAction(state: JourneyState, rules: ProgrammeRules): NextAction {
  if (state.closed) return { action: 'NONE', by: 'system', dueAt: null };
  if (state.paused) return { action: 'resume', by: 'manager', dueAt: null };
  if (state.pendingCommunication)
    return { action: 'recordCommunication', by: 'facilitator', dueAt: dueOf(state, rules, 'COMMUNICATION') };
  switch (state.stage) {
    case 'ENROLLED':
      return { action: 'submitAssessment', by: 'facilitator', dueAt: dueOf(state, rules, 'ASSESSMENT') };
    case 'PLANNING':
      return { action: 'approvePlan', by: 'manager', dueAt: dueOf(state, rules, 'PLAN_APPROVAL') };
    case 'IN_INTERVENTION':
      return interventionAction(state, rules);
    case 'RE_EVALUATION':
      return { action: 'submitReEvaluation', by: 'facilitator', dueAt: dueOf(state, rules, 'RE_EVALUATION') };
    case 'GRADUATION_REVIEW':
      return { action: 'decideGraduation', by: 'manager', dueAt: null };
    case 'NOT_GRADUATED':
      return {
        action: state.notGraduatedEvaluation ? 'startIntensiveSupport' : 'recordNotGraduatedEvaluation',
        by: 'facilitator',
        dueAt: null,
      };
    // Visits happen in the field; the cycle end timer moves the journey on. Rules that watch visits (v5) name the
    // next visit, due when it would be overdue.
    case 'INTENSIVE_SUPPORT': {
      const visitDue = dueOf(state, rules, 'INTENSIVE_VISIT');
      return visitDue
        ? { action: 'recordIntensiveVisit', by: 'facilitator', dueAt: visitDue }
        : { action: 'NONE', by: 'system', dueAt: dueOf(state, rules, 'INTENSIVE_CYCLE_END') };
    }
    case 'TERMINATED':
      return {
        action: 'recordTerminationAlternativeAnswer',
        by: 'facilitator',
        dueAt: dueOf(state, rules, 'ALTERNATIVE_ANSWER'),
      };
    case 'TERMINATION_REVIEW':
      return { action: 'decideTermination', by: 'manager', dueAt: null };
    case 'GRADUATED': {
      if (state.referral && !state.referral.answer)
        return { action: 'recordReferralAnswer', by: 'facilitator', dueAt: null };
      const gradual = gradualAction(state, rules);
      if (gradual) return gradual;
      const next = state.followUps.find((f) => !f.recordedAt);
      return next
        ? { action: 'recordFollowUp', by: 'facilitator', dueAt: next.dueAt }
        : { action: 'NONE', by: 'system', dueAt: null };
    }
    default:
      return { action: 'NONE', by: 'system', dueAt: null };
  }
}
