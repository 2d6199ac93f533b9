import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireOrganisationOfJourney } from '../organisation/organisation.service';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse, requireReason } from './journey-command.helpers';
import {
  DecideGraduationInput,
  DecideTerminationInput,
  IntensiveSupportInput,
  NotGraduatedEvaluationInput,
  RecordCommunicationInput,
  ReferInput,
  ReferralAnswerInput,
} from './inputs/decision.input';

/**
 * Decisions that change a person's path, and the communication each one needs (rules README, Sources of the
 * process: communication).
 */
@Resolver()
export class JourneyDecisionResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The manager decides Graduation (graduasi) in stage GRADUATION_REVIEW: GRADUATE (to GRADUATED, ' +
      'follow-ups scheduled) or NOT_YET (to NOT_GRADUATED, or TERMINATION_REVIEW after the configured intensive ' +
      'cycles). Against the criteria proposal a reason is required. The decision then waits to be communicated.',
  })
  decideGraduation(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => DecideGraduationInput, { description: 'The decision and, if needed, the reason.' })
    input: DecideGraduationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = input.reason?.trim();
    return commandResponse(ctx, 'decideGraduation', {
      journeyId,
      idempotencyKey,
      evidence: reason ? { kind: 'REASON', payload: { reason, decision: input.decision } } : undefined,
      build: (id) => ({
        type: 'decideGraduation',
        decision: input.decision,
        ...(reason ? { reasonEvidenceId: id } : {}),
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator (pendamping) records how the pending decision (Journey.pendingCommunication) was ' +
      'communicated to the beneficiary; until then most other commands wait.',
  })
  recordCommunication(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => RecordCommunicationInput, { description: 'How the decision was communicated.' })
    input: RecordCommunicationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'recordCommunication', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'COMMUNICATION', payload: { ...input } },
      build: (evidenceId) => ({ type: 'recordCommunication', decision: input.decision, evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator records, in stage NOT_GRADUATED, the evaluation with the beneficiary of why graduation ' +
      'targets were not met; startIntensiveSupport follows.',
  })
  recordNotGraduatedEvaluation(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => NotGraduatedEvaluationInput, {
      description: "Causes, the beneficiary's input and recommendations.",
    })
    input: NotGraduatedEvaluationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'recordNotGraduatedEvaluation', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'NOT_GRADUATED_EVALUATION', payload: { ...input } },
      build: (evidenceId) => ({ type: 'recordNotGraduatedEvaluation', evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator starts an intensive support (pendampingan intensif) cycle in stage NOT_GRADUATED, with ' +
      "its focused action plan. The server sets the cycle's planned end and visit interval from the programme " +
      'rules; at the end the journey moves to re-evaluation.',
  })
  startIntensiveSupport(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => IntensiveSupportInput, { description: 'The focused action plan.' })
    input: IntensiveSupportInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'startIntensiveSupport', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'INTENSIVE_SUPPORT_PLAN', payload: { ...input } },
      build: (evidenceId) => ({ type: 'startIntensiveSupport', evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The manager decides in stage TERMINATION_REVIEW, after the configured intensive cycles without ' +
      'significant change: ANOTHER_CYCLE, or TERMINATE (journey TERMINATED, alternatives offered). Reason required.',
  })
  decideTermination(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => DecideTerminationInput, { description: 'The decision, reason and alternatives offered.' })
    input: DecideTerminationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'decideTermination', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { ...input, reason } },
      build: (reasonEvidenceId) => ({
        type: 'decideTermination',
        decision: input.decision,
        reasonEvidenceId,
        ...(input.alternatives.length > 0 ? { alternatives: input.alternatives } : {}),
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator refers a graduate (stage GRADUATED) to a more advanced programme (rujukan; rules README, ' +
      'Sources of the process: after graduation); at most once per journey.',
  })
  async refer(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ReferInput, {
      description: 'Target programme, the receiving organisation if any, readiness and information given.',
    })
    input: ReferInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const organisationId = input.organisationId ?? undefined;
    if (organisationId) await requireOrganisationOfJourney(ctx, organisationId, journeyId);
    return commandResponse(ctx, 'refer', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REFERRAL', payload: { ...input } },
      build: (evidenceId) => ({
        type: 'refer',
        targetProgramme: input.targetProgramme,
        ...(organisationId ? { organisationId } : {}),
        evidenceId,
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      "The facilitator records the receiving programme's answer to the referral (stage GRADUATED); a referral " +
      "naming an organisation may be answered by that organisation's partner.",
  })
  recordReferralAnswer(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ReferralAnswerInput, { description: 'The answer.' }) input: ReferralAnswerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'recordReferralAnswer', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REFERRAL_ANSWER', payload: { ...input } },
      build: (evidenceId) => ({ type: 'recordReferralAnswer', answer: input.answer, evidenceId }),
    });
  }
}
