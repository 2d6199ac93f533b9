import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { JourneyUpdateAnswer, JourneyUpdateResult, JourneyView } from '../../domain/journey/journey-view.types';
import {
  JOURNEY_STATE_QUERY_NAME,
  journeyWorkflowId,
  SYNC_UPDATE_NAME,
  type JourneyWorkflowInput,
} from '../../domain/journey/journey-workflow.types';
import type { CommandEnvelope, CommandPayloads, CommandType, JourneyCommand } from '../../domain/journey/journey.types';

export type { CommandPayloads, JourneyUpdateAnswer, JourneyUpdateResult, JourneyView, JourneyWorkflowInput };
export { journeyWorkflowId };

/** Every command type, once (the Record makes the compiler check the list is complete). */
const COMMANDS: Record<CommandType, true> = {
  submitAssessment: true,
  approvePlan: true,
  scheduleSession: true,
  recordAttendance: true,
  recordModuleEvaluation: true,
  closeModule: true,
  extendModule: true,
  submitReEvaluation: true,
  decideGraduation: true,
  recordCommunication: true,
  recordNotGraduatedEvaluation: true,
  startIntensiveSupport: true,
  decideTermination: true,
  recordFollowUp: true,
  refer: true,
  recordReferralAnswer: true,
  exit: true,
  withdraw: true,
  pause: true,
  resume: true,
  reassignFacilitator: true,
  assignPartner: true,
  correctData: true,
  migrateRules: true,
  assignModuleMentor: true,
  submitCapitalProposal: true,
  decideCapitalProposal: true,
  recordCapitalReceipt: true,
  openMarketChannel: true,
  recordSatisfaction: true,
  recordIntensiveVisit: true,
  recordTerminationAlternativeAnswer: true,
  recordFollowUpPlan: true,
  recordMentoringVisit: true,
};
export const COMMAND_TYPES = Object.keys(COMMANDS) as CommandType[];

export type CommandEnvelopeOf<K extends CommandType> = CommandEnvelope<Extract<JourneyCommand, { type: K }>>;
type CommandUpdates = {
  [K in CommandType]: ReturnType<typeof defineUpdate<JourneyUpdateResult, [CommandEnvelopeOf<K>], K>>;
};

/**
 * One workflow update per command, named after it, so histories and the Temporal UI read plainly. Each answers
 * once its step is recorded, with the journey's id, seq and status only (the caller reads the recorded row); a
 * key applied before is answered with the whole view (JourneyUpdateResult).
 */
export const commandUpdates = Object.fromEntries(
  COMMAND_TYPES.map((type) => [type, defineUpdate<JourneyUpdateResult, [CommandEnvelopeOf<typeof type>]>(type)]),
) as unknown as CommandUpdates;

/** Waits until everything the journey has done so far is recorded in PostgreSQL, then answers (id, seq, status). */
export const syncUpdate = defineUpdate<JourneyUpdateAnswer, [{ requestId?: string }]>(SYNC_UPDATE_NAME);
/** The journey's whole view as the workflow has it (state, status, next action). */
export const journeyStateQuery = defineQuery<JourneyView>(JOURNEY_STATE_QUERY_NAME);

/**
 * The workflow update id of a command: its type and the client's idempotency key. Temporal answers
 * a repeated update id from the first outcome without asking the workflow, so an update id of the
 * key alone would answer a key reused for ANOTHER command with the first command's result, as if
 * it had succeeded. With the type in it, that reuse reaches the workflow and is refused
 * (IDEMPOTENCY_KEY_REUSED), while a retry of the same command is still deduplicated.
 */
export const commandUpdateId = (type: CommandType, idempotencyKey: string): string => `${type}:${idempotencyKey}`;
