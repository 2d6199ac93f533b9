import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DecisionKind } from '../../domain/journey/journey.types';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse, requireReason } from './journey-command.helpers';
import {
  DecideGraduationInput, DecideTerminationInput, IntensiveSupportInput, NotGraduatedEvaluationInput, RecordCommunicationInput, ReferInput, ReferralAnswerInput,
} from './inputs/decision.input';


/** Decisions that change a person's path, and the communication each one needs [001:3863]. */
@Resolver()
export class JourneyDecisionResolver {
  @Mutation(() => JourneyObject, { description: 'Manager decides GRADUATE or NOT_YET; against the criteria proposal a reason is required.' })
  decideGraduation(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => DecideGraduationInput) input: DecideGraduationInput, @Ctx() ctx: GraphQLContext) {
    const reason = input.reason?.trim();
    return commandResponse(ctx, 'decideGraduation', { journeyId, idempotencyKey,
      evidence: reason ? { kind: 'REASON', payload: { reason, decision: input.decision } } : undefined,
      build: (id) => ({ type: 'decideGraduation', decision: input.decision, ...(reason ? { reasonEvidenceId: id } : {}) }) });
  }

  @Mutation(() => JourneyObject, { description: 'Facilitator records how the pending decision was communicated to the beneficiary.' })
  recordCommunication(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => RecordCommunicationInput) input: RecordCommunicationInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'recordCommunication', { journeyId, idempotencyKey, evidence: { kind: 'COMMUNICATION', payload: { ...input } },
      build: (evidenceId) => ({ type: 'recordCommunication', decision: input.decision as DecisionKind, evidenceId }) });
  }

  @Mutation(() => JourneyObject)
  recordNotGraduatedEvaluation(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => NotGraduatedEvaluationInput) input: NotGraduatedEvaluationInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'recordNotGraduatedEvaluation', { journeyId, idempotencyKey, evidence: { kind: 'NOT_GRADUATED_EVALUATION', payload: { ...input } },
      build: (evidenceId) => ({ type: 'recordNotGraduatedEvaluation', evidenceId }) });
  }

  @Mutation(() => JourneyObject, { description: 'Starts an intensive-support cycle with its focused action plan.' })
  startIntensiveSupport(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => IntensiveSupportInput) input: IntensiveSupportInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'startIntensiveSupport', { journeyId, idempotencyKey, evidence: { kind: 'INTENSIVE_SUPPORT_PLAN', payload: { ...input } },
      build: (evidenceId) => ({ type: 'startIntensiveSupport', evidenceId }) });
  }

  @Mutation(() => JourneyObject, { description: 'After the configured cycles without significant change: another cycle, or termination with alternatives offered.' })
  decideTermination(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => DecideTerminationInput) input: DecideTerminationInput, @Ctx() ctx: GraphQLContext) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'decideTermination', { journeyId, idempotencyKey, evidence: { kind: 'REASON', payload: { ...input, reason } },
      build: (reasonEvidenceId) => ({ type: 'decideTermination', decision: input.decision, reasonEvidenceId }) });
  }

  @Mutation(() => JourneyObject, { description: 'Refers a graduate to a more advanced programme [001:3881-3884].' })
  refer(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => ReferInput) input: ReferInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'refer', { journeyId, idempotencyKey, evidence: { kind: 'REFERRAL', payload: { ...input } },
      build: (evidenceId) => ({ type: 'refer', targetProgramme: input.targetProgramme, evidenceId }) });
  }

  @Mutation(() => JourneyObject, { description: "Records the receiving programme's answer to a referral." })
  recordReferralAnswer(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => ReferralAnswerInput) input: ReferralAnswerInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'recordReferralAnswer', { journeyId, idempotencyKey, evidence: { kind: 'REFERRAL_ANSWER', payload: { ...input } },
      build: (evidenceId) => ({ type: 'recordReferralAnswer', answer: input.answer, evidenceId }) });
  }
}
