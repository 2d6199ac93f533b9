import { DomainError } from '../errors/error-codes';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { isIsoDateTime, normaliseIso } from '../shared/iso-time';
import { COMMAND_POLICY, isKnownCommand, isTerminalStage } from './journey-command-policy';
import * as admin from './journey-commands-admin.machine';
import * as aftercare from './journey-commands-aftercare.machine';
import * as followThrough from './journey-commands-follow-through.machine';
import * as graduation from './journey-commands-graduation.machine';
import { assignModuleMentor, mentorModuleRefusal } from './journey-commands-mentor.machine';
import * as moduleRuns from './journey-commands-module.machine';
import * as outcomes from './journey-commands-outcomes.machine';
import { recordSatisfaction } from './journey-commands-satisfaction.machine';
import * as planning from './journey-commands-planning.machine';
import * as support from './journey-commands-support.machine';
import type { JourneyStatus } from './journey-codes';
import { finish, invalid, isRejection, reject, type Handler } from './journey-draft.machine';
import { isNonEmpty } from './journey-payload-checks';
import type {
  CommandEnvelope,
  CommandType,
  JourneyEvent,
  JourneyStart,
  JourneyState,
  Transition,
} from './journey.types';

export { nextExpectedAction, type NextAction } from './journey-next-action.machine';

/**
 * The journey as a pure state machine: no I/O, no clock (the caller passes `now`), no Temporal
 * imports. The workflow's update validator calls `applyCommand` and throws on `ok: false`; the
 * handler calls it again and keeps the state. The input state is never mutated.
 */
const HANDLERS: { [K in CommandType]: Handler<K> } = {
  ...planning,
  ...moduleRuns,
  ...graduation,
  ...support,
  ...aftercare,
  ...admin,
  ...outcomes,
  assignModuleMentor,
  recordSatisfaction,
  recordIntensiveVisit: followThrough.recordIntensiveVisit,
  recordTerminationAlternativeAnswer: followThrough.recordTerminationAlternativeAnswer,
  recordFollowUpPlan: followThrough.recordFollowUpPlan,
  recordMentoringVisit: followThrough.recordMentoringVisit,
};

export function startJourney(
  input: JourneyStart,
  rules: ProgrammeRules,
): { state: JourneyState; events: JourneyEvent[] } {
  if (input.rulesId !== rules.programmeRulesId || input.rulesVersion !== rules.version) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Rules ${rules.programmeRulesId} v${rules.version} given for a journey on ` +
        `${input.rulesId} v${input.rulesVersion}`,
    );
  }
  if (!isNonEmpty(input.journeyId) || !isNonEmpty(input.programmeId) || !isIsoDateTime(input.enrolledAt)) {
    throw new DomainError('VALIDATION_FAILED', 'journeyId, programmeId and an ISO enrolledAt are required');
  }
  const enrolledAt = normaliseIso(input.enrolledAt);
  const state: JourneyState = {
    journeyId: input.journeyId,
    programmeId: input.programmeId,
    rulesId: input.rulesId,
    rulesVersion: input.rulesVersion,
    cohortId: input.cohortId,
    regionCode: input.regionCode,
    facilitatorId: input.facilitatorId,
    stage: 'ENROLLED',
    stageEnteredAt: enrolledAt,
    paused: null,
    pauseHistory: [],
    enrolledAt,
    vulnerableGroups: [...input.vulnerableGroups],
    welfareHistory: [],
    assessment: null,
    proposedModules: [],
    modules: [],
    planApprovedAt: null,
    reEvaluations: [],
    notGraduatedEvaluation: null,
    intensiveCycles: [],
    decisions: [],
    pendingCommunication: null,
    followUps: [],
    referral: null,
    overdue: [],
    firedDeadlines: [],
    closed: null,
    seq: 1,
  };
  const event: JourneyEvent = {
    seq: 1,
    type: 'ENROLLED',
    at: enrolledAt,
    actor: input.enrolledBy,
    data: {
      programmeId: input.programmeId,
      rulesId: input.rulesId,
      rulesVersion: input.rulesVersion,
      cohortId: input.cohortId,
      regionCode: input.regionCode,
      facilitatorId: input.facilitatorId,
      vulnerableGroups: [...input.vulnerableGroups],
    },
  };
  return { state, events: [event] };
}

/**
 * Guards run in this order, so a client always gets the most fundamental reason first:
 * closed -> role (a mentor: their module) -> paused -> pending communication -> stage -> reason -> payload and
 * state checks.
 */
export function applyCommand(
  state: JourneyState,
  envelope: CommandEnvelope,
  rules: ProgrammeRules,
  now: string,
): Transition {
  const command = envelope?.command;
  if (!command || !isKnownCommand(command.type)) return invalid(`Unknown command ${String(command?.type)}`);
  if (!envelope.actor || !isNonEmpty(envelope.actor.userId)) return invalid('The command has no actor');
  if (!isIsoDateTime(now)) return invalid('now must be an ISO-8601 date-time');
  const policy = COMMAND_POLICY[command.type];

  // A termination stays open until communicated, and under v5 until its alternatives are answered.
  const awaitingTerminationNotice =
    isTerminalStage(state.stage) &&
    !state.closed &&
    (command.type === 'recordCommunication' || command.type === 'recordTerminationAlternativeAnswer');
  if ((state.closed || isTerminalStage(state.stage)) && !awaitingTerminationNotice) {
    return reject('JOURNEY_CLOSED', `The journey ended in ${state.closed?.stage ?? state.stage}`);
  }
  if (!policy.roles.includes(envelope.actor.role)) {
    return reject('FORBIDDEN', `${envelope.actor.role} may not ${command.type}; allowed: ${policy.roles.join(', ')}`);
  }
  const notTheirs = mentorModuleRefusal(state, command, envelope.actor);
  if (notTheirs) return notTheirs;
  if (state.paused && !policy.whilePaused)
    return reject('JOURNEY_PAUSED', `The journey is paused since ${state.paused.since}`);
  if (state.pendingCommunication && !policy.whileCommunicationPending) {
    return reject('COMMUNICATION_REQUIRED', `Record the communication of ${state.pendingCommunication} first`);
  }
  if (!policy.stages.includes(state.stage))
    return reject('COMMAND_NOT_ALLOWED_IN_STAGE', `${command.type} is not allowed in ${state.stage}`);
  if (policy.reasonRequired && !isNonEmpty((command as { reasonEvidenceId?: unknown }).reasonEvidenceId)) {
    return reject('REASON_REQUIRED', `${command.type} requires reasonEvidenceId`);
  }

  const handler = HANDLERS[command.type] as Handler<CommandType>;
  const ctx = { rules, now: normaliseIso(now), actor: envelope.actor };
  const result = handler(state, command, ctx);
  return isRejection(result) ? result : finish(result, ctx);
}

export function journeyStatus(state: JourneyState): JourneyStatus {
  if (state.closed) return 'CLOSED';
  return state.paused ? 'PAUSED' : 'ACTIVE';
}
