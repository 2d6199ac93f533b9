import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg, OccurredAtArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse } from './journey-command.helpers';
import {
  FollowUpPlanInput,
  RecordIntensiveVisitInput,
  RecordMentoringVisitInput,
  TerminationAlternativeAnswerInput,
} from './inputs/follow-through.input';

/**
 * Intensive support and graduation followed through (rules README, default v5): visits of an intensive cycle, the
 * answers to the alternatives offered at termination, and a graduate's follow-up plan and mentoring visits. Free
 * text is sealed with the field cipher before it is stored as evidence; only ids, codes and dates reach the workflow.
 */
@Resolver()
export class JourneyFollowThroughResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The facilitator records a visit of the running intensive-support cycle (stage INTENSIVE_SUPPORT): when, how ' +
      'and what was agreed. A date outside the cycle is refused with VISIT_DATE_OUT_OF_CYCLE. Under rules that ' +
      'watch visits (v5) a visit missed past the interval and grace becomes an overdue INTENSIVE_VISIT step.',
  })
  recordIntensiveVisit(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => RecordIntensiveVisitInput, { description: 'The visit.' }) input: RecordIntensiveVisitInput,
    @OccurredAtArg() occurredAt: Date | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const visitedAt = new Date(input.visitedAt).toISOString();
    return commandResponse(ctx, 'recordIntensiveVisit', {
      journeyId,
      idempotencyKey,
      occurredAt,
      evidence: {
        kind: 'INTENSIVE_VISIT',
        payload: { visitedAt, kind: input.kind, agreedSealed: ctx.cipher.encrypt(input.agreed) },
      },
      build: (evidenceId) => ({ type: 'recordIntensiveVisit', visitedAt, kind: input.kind, evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      "The facilitator records the beneficiary's answer to one alternative offered with the termination (stage " +
      'TERMINATED, after the termination was communicated); one not offered, or already answered, is refused with ' +
      'UNKNOWN_ALTERNATIVE. The last answer closes the journey.',
  })
  recordTerminationAlternativeAnswer(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => TerminationAlternativeAnswerInput, { description: 'The alternative and its answer.' })
    input: TerminationAlternativeAnswerInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    return commandResponse(ctx, 'recordTerminationAlternativeAnswer', {
      journeyId,
      idempotencyKey,
      evidence: {
        kind: 'TERMINATION_ALTERNATIVE_ANSWER',
        payload: {
          alternative: input.alternative,
          answer: input.answer,
          noteSealed: ctx.cipher.encryptNullable(input.note ?? null),
        },
      },
      build: (evidenceId) => ({
        type: 'recordTerminationAlternativeAnswer',
        alternative: input.alternative,
        answer: input.answer,
        evidenceId,
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      "The facilitator records a graduate's individual follow-up plan (Rencana Tindak Lanjut Individu; stage " +
      'GRADUATED): goals, supports and dates, sealed at rest. A newer plan replaces the older as the current one.',
  })
  recordFollowUpPlan(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => FollowUpPlanInput, { description: 'The plan.' }) input: FollowUpPlanInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const planSealed = ctx.cipher.encrypt(
      JSON.stringify({ goals: input.goals, supports: input.supports, dates: input.dates }),
    );
    return commandResponse(ctx, 'recordFollowUpPlan', {
      journeyId,
      idempotencyKey,
      evidence: {
        kind: 'FOLLOW_UP_PLAN',
        payload: { goals: input.goals.length, supports: input.supports.length, dates: input.dates.length, planSealed },
      },
      build: (evidenceId) => ({ type: 'recordFollowUpPlan', evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator records a post-graduation mentoring visit (stage GRADUATED). Under rules with graduation ' +
      'mentoring (v5) the visits taper (Journey.graduationFollowThrough.nextMentoringVisitDueAt shows the next).',
  })
  recordMentoringVisit(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => RecordMentoringVisitInput, { description: 'The visit.' }) input: RecordMentoringVisitInput,
    @OccurredAtArg() occurredAt: Date | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const visitedAt = new Date(input.visitedAt).toISOString();
    return commandResponse(ctx, 'recordMentoringVisit', {
      journeyId,
      idempotencyKey,
      occurredAt,
      evidence: {
        kind: 'MENTORING_VISIT',
        payload: { visitedAt, kind: input.kind, notesSealed: ctx.cipher.encrypt(input.notes) },
      },
      build: (evidenceId) => ({ type: 'recordMentoringVisit', visitedAt, kind: input.kind, evidenceId }),
    });
  }
}
