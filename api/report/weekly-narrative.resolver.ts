import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { RecordWeeklyNarrativeInput } from './weekly-narrative.input';
import { WeeklyNarrativeObject } from './weekly-narrative.object';
import { recordWeeklyNarrative } from './weekly-narrative.service';

@Resolver()
export class WeeklyNarrativeResolver {
  @Mutation(() => WeeklyNarrativeObject, {
    description:
      "Records the facilitator's weekly narrative for a programme and ISO week (facilitators, for themselves). One " +
      'per facilitator, programme and week: recording it again with another idempotencyKey replaces the texts ' +
      '(revision + 1). Texts sealed at rest; audited (source REPORTING, no texts). The week is WEEK_NOT_VALID ' +
      'unless a Monday not in a future week; empty or over-long texts are VALIDATION_FAILED.',
  })
  async recordWeeklyNarrative(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RecordWeeklyNarrativeInput, { description: 'Programme, week and the texts.' })
    input: RecordWeeklyNarrativeInput,
    @Arg('idempotencyKey', {
      description:
        'Client key, 8-128 letters, digits or _-:.; a retry with the key that wrote the current texts answers them ' +
        'unchanged; a key already used for another week: IDEMPOTENCY_KEY_REUSED.',
    })
    idempotencyKey: string,
  ): Promise<WeeklyNarrativeObject> {
    return recordWeeklyNarrative(ctx, input, idempotencyKey);
  }
}
