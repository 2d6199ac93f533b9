import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { commandResponse } from './journey-command.helpers';
import { JourneyObject } from './journey.object';
import { RecordSatisfactionInput } from './inputs/satisfaction.input';

/** Participant satisfaction: a short survey at a module's end and at graduation (domain/journey/satisfaction.rules). */
@Resolver()
export class JourneySatisfactionResolver {
  @Mutation(() => JourneyObject, {
    description:
      "Records a participant's satisfaction survey (every item scored 1..5): at a module's end (once per module " +
      'that completed or was closed) or once graduated (once). Otherwise SATISFACTION_NOT_DUE or ' +
      'SATISFACTION_ALREADY_RECORDED. Counted by the satisfaction_score indicator.',
  })
  recordSatisfaction(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => RecordSatisfactionInput, { description: 'The survey.' }) input: RecordSatisfactionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const answers = input.answers.map((a) => ({ item: a.item, score: a.score }));
    const module = input.moduleId ? { moduleId: input.moduleId } : {};
    return commandResponse(ctx, 'recordSatisfaction', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'SATISFACTION', payload: { occasion: input.occasion, ...module, answers } },
      build: (evidenceId) => ({ type: 'recordSatisfaction', occasion: input.occasion, ...module, answers, evidenceId }),
    });
  }
}
