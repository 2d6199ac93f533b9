import type { CommandType, Role, Stage } from './journey.types';
import { TERMINAL_STAGES } from './journey.types';

/**
 * Who may issue each command, in which stages, and which guards it skips. One table, so the API can show the
 * same matrix the machine enforces.
 *
 * Roles: field work is the facilitator's (pendamping: assessment, sessions, re-evaluation, communication,
 * intensive support, follow-up, referral; rules README, Sources of the process: roles); decisions that change
 * a person's path are the manager's. Choices the seeds leave open (Jejak defaults):
 * - startIntensiveSupport is the facilitator's: the manager already decided NOT_YET, and the focused action
 *   plan is field work (rules README, Sources of the process: not-graduated path).
 * - decideTermination is the manager's (who approves termination is seed silent).
 * - withdraw and correctData: facilitator or manager; exit, pause, resume: manager.
 * - a mentor delivers the modules a manager assigned them (assignModuleMentor): sessions, attendance and the
 *   module evaluation of those modules only (journey.machine.ts refuses others with NOT_YOUR_MODULE).
 * - reassignFacilitator: the manager, or the field coordinator within their own team. The seeds have the field
 *   team report to its coordinator daily and the coordinator to the manager (domain spec 7.2) and are silent on
 *   who moves a caseload; the coordinator knows their facilitators' load best, and the API limits them to
 *   journeys and facilitators of their team (api/auth/team-scope.ts, api/staff/caseload-guard.ts).
 * - capital and market access (submitCapitalProposal, decideCapitalProposal, recordCapitalReceipt,
 *   openMarketChannel): the facilitator or the manager records them (the source decides a proposal; Jejak records
 *   its answer), from the interventions on, graduates included (seed silent, Jejak default: capital and markets
 *   often come during mentoring and after graduation).
 * - recordSatisfaction: the facilitator or the manager records the participant's answers (seed silent, Jejak
 *   default), at a module's end (from the interventions on) or once graduated; the handler checks which.
 * - 'system' issues no command (it only fires timers through onDeadline); 'admin' configures programmes and
 *   takes no part in journeys; auditors and viewers only read.
 */
export interface CommandPolicy {
  roles: readonly Role[];
  stages: readonly Stage[];
  /** Accepted while the journey is paused. */
  whilePaused: boolean;
  /** Accepted while a decision waits to be communicated. */
  whileCommunicationPending: boolean;
  /** `reasonEvidenceId` must be non-empty. (decideGraduation checks its reason itself.) */
  reasonRequired: boolean;
}

const F: readonly Role[] = ['facilitator'];
const M: readonly Role[] = ['manager'];
const FM: readonly Role[] = ['facilitator', 'manager'];
/** Session work on a module: the facilitator, or the mentor assigned to that module (the machine checks which). */
const F_MENTOR: readonly Role[] = ['facilitator', 'mentor'];
const MC: readonly Role[] = ['manager', 'coordinator'];
export const OPEN_STAGES: readonly Stage[] = [
  'ENROLLED',
  'PLANNING',
  'IN_INTERVENTION',
  'RE_EVALUATION',
  'GRADUATION_REVIEW',
  'NOT_GRADUATED',
  'INTENSIVE_SUPPORT',
  'TERMINATION_REVIEW',
  'GRADUATED',
];

const flow = (roles: readonly Role[], stage: Stage, reasonRequired = false): CommandPolicy => ({
  roles,
  stages: [stage],
  whilePaused: false,
  whileCommunicationPending: false,
  reasonRequired,
});
const anytime = (roles: readonly Role[], whilePaused: boolean, reasonRequired: boolean): CommandPolicy => ({
  roles,
  stages: OPEN_STAGES,
  whilePaused,
  whileCommunicationPending: true,
  reasonRequired,
});

/** From the interventions on: where capital and market access are recorded. */
const OUTCOME_STAGES: readonly Stage[] = OPEN_STAGES.filter((s) => s !== 'ENROLLED' && s !== 'PLANNING');
const outcome: CommandPolicy = {
  roles: FM,
  stages: OUTCOME_STAGES,
  whilePaused: false,
  whileCommunicationPending: true,
  reasonRequired: false,
};

export const COMMAND_POLICY: Readonly<Record<CommandType, CommandPolicy>> = {
  submitAssessment: flow(F, 'ENROLLED'),
  approvePlan: flow(M, 'PLANNING'),
  scheduleSession: flow(F_MENTOR, 'IN_INTERVENTION'),
  recordAttendance: flow(F_MENTOR, 'IN_INTERVENTION'),
  recordModuleEvaluation: flow(F_MENTOR, 'IN_INTERVENTION'),
  closeModule: flow(M, 'IN_INTERVENTION', true),
  extendModule: flow(M, 'IN_INTERVENTION', true),
  submitReEvaluation: flow(F, 'RE_EVALUATION'),
  decideGraduation: flow(M, 'GRADUATION_REVIEW'),
  // Any open stage (it is the communication), plus TERMINATED while its decision is pending.
  recordCommunication: {
    roles: F,
    stages: [...OPEN_STAGES, 'TERMINATED'],
    whilePaused: false,
    whileCommunicationPending: true,
    reasonRequired: false,
  },
  recordNotGraduatedEvaluation: flow(F, 'NOT_GRADUATED'),
  startIntensiveSupport: flow(F, 'NOT_GRADUATED'),
  decideTermination: flow(M, 'TERMINATION_REVIEW', true),
  recordFollowUp: flow(F, 'GRADUATED'),
  refer: flow(F, 'GRADUATED'),
  // The receiving organisation's partner answers a referral addressed to it (the API checks it is theirs).
  recordReferralAnswer: flow(['facilitator', 'partner'], 'GRADUATED'),
  exit: anytime(M, true, true),
  withdraw: anytime(FM, true, true),
  pause: anytime(M, false, false),
  resume: anytime(M, true, false),
  reassignFacilitator: anytime(MC, true, true),
  assignPartner: anytime(M, true, true),
  correctData: anytime(FM, true, true),
  migrateRules: anytime(M, true, true),
  // Assigning a module's mentor is staffing, like reassignFacilitator: also while paused.
  assignModuleMentor: { ...flow(M, 'IN_INTERVENTION', true), whilePaused: true },
  submitCapitalProposal: outcome,
  decideCapitalProposal: outcome,
  recordCapitalReceipt: outcome,
  openMarketChannel: outcome,
  recordSatisfaction: outcome,
  // A visit may happen before the start of intensive support is communicated (it is often where it is).
  recordIntensiveVisit: { ...flow(F, 'INTENSIVE_SUPPORT'), whileCommunicationPending: true },
  // The alternatives are answered after the termination is communicated, while the journey waits in TERMINATED.
  recordTerminationAlternativeAnswer: flow(F, 'TERMINATED'),
  recordFollowUpPlan: flow(F, 'GRADUATED'),
  recordMentoringVisit: flow(F, 'GRADUATED'),
};

export function isTerminalStage(stage: Stage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

export function isKnownCommand(type: unknown): type is CommandType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(COMMAND_POLICY, type);
}
