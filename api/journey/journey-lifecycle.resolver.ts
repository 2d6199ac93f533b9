import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg, ReasonArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse, requireReason } from './journey-command.helpers';
import { publishedTarget } from './journey-rules-target.service';
import { CorrectDataInput, ExitInput, ReassignFacilitatorInput } from './inputs/decision.input';
import { assertCanReceiveJourney } from '../staff/caseload-guard';

/** At any time: exit, withdrawal, pause and resume, reassignment, correction, each with a reason. */
@Resolver()
export class JourneyLifecycleResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The manager ends an open journey early (stage EXITED): EXIT, DEATH, RELOCATION or SANCTION, with a ' +
      'reason. Allowed also while paused.',
  })
  exitJourney(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ExitInput, { description: 'Kind of exit and reason.' }) input: ExitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'exit', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason, exitKind: input.exitKind } },
      build: (reasonEvidenceId) => ({ type: 'exit', exitKind: input.exitKind, reasonEvidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The beneficiary withdraws (stage WITHDRAWN); a facilitator or manager records it, with a reason. ' +
      'Allowed also while paused.',
  })
  withdraw(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @ReasonArg() reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const text = requireReason(reason);
    return commandResponse(ctx, 'withdraw', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason: text } },
      build: (reasonEvidenceId) => ({ type: 'withdraw', reasonEvidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The manager pauses an open journey, with a reason: module clocks and deadlines stop, and flow commands ' +
      'are refused until resumeJourney.',
  })
  pauseJourney(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @ReasonArg() reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const text = requireReason(reason);
    return commandResponse(ctx, 'pause', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason: text } },
      build: (reasonEvidenceId) => ({ type: 'pause', reasonEvidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The manager resumes a paused journey; module ends, follow-up dates and other deadlines move later by ' +
      'the paused time.',
  })
  resumeJourney(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'resume', { journeyId, idempotencyKey, build: () => ({ type: 'resume' }) });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The manager, or the coordinator within their team, assigns another facilitator (pendamping) to an open ' +
      "journey, with a reason; refused past the new facilitator's caseload limit (CASELOAD_LIMIT_REACHED).",
  })
  reassignFacilitator(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ReassignFacilitatorInput, { description: 'The new facilitator and the reason.' })
    input: ReassignFacilitatorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'reassignFacilitator', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason, facilitatorId: input.facilitatorId } },
      precheck: () => assertCanReceiveJourney(ctx, journeyId, input.facilitatorId),
      build: (reasonEvidenceId) => ({
        type: 'reassignFacilitator',
        facilitatorId: input.facilitatorId,
        reasonEvidenceId,
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'A facilitator or manager corrects recorded data with a reason; the old and new values are kept as ' +
      'evidence for auditors.',
  })
  correctData(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => CorrectDataInput, { description: 'What to correct, the new value and the reason.' })
    input: CorrectDataInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'correctData', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'CORRECTION', payload: { ...input, reason } },
      build: (reasonEvidenceId) => ({ type: 'correctData', field: input.field, reasonEvidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'Manager moves the journey to a newer version of its programme rules, bundled or published, with a ' +
      'reason (journeys never change rules on their own).',
  })
  async migrateJourneyRules(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('rulesVersion', () => Int, { description: 'The newer rules version of the same programme rules.' })
    rulesVersion: number,
    @ReasonArg() reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const text = requireReason(reason);
    const target = await publishedTarget(ctx, journeyId, rulesVersion);
    return commandResponse(ctx, 'migrateRules', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason: text, rulesVersion } },
      build: (reasonEvidenceId) => ({
        type: 'migrateRules',
        rulesVersion,
        reasonEvidenceId,
        ...(target ? { rules: target } : {}),
      }),
    });
  }
}
