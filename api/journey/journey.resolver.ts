import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { BeneficiaryObject } from '../beneficiary/beneficiary.object';
import { toBeneficiaryObject } from '../beneficiary/beneficiary.resolver';
import { JourneyObject } from './journey.object';
import { toJourneyObject } from './journey-view.mapper';
import { assertUuid, loadJourneyView } from './journey-read.service';

@Resolver(() => JourneyObject)
export class JourneyResolver {
  @Query(() => JourneyObject, {
    nullable: true,
    description: 'A journey by id (= beneficiary id); null if there is none.',
  })
  async journey(
    @Arg('id', () => ID, { description: 'The journey: its id (Journey.id), or its UUID (Journey.journeyId).' })
    id: string,
    @Arg('live', {
      defaultValue: false,
      description:
        'true: ask the running workflow (freshest, slower; closed journeys always come from the read model); ' +
        'false: the read model, which may lag a moment behind.',
    })
    live: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject | null> {
    requireActor(ctx.actor); // journeys carry personal data: never to anonymous callers
    assertUuid(id);
    const view = await loadJourneyView(ctx, id, live);
    return view ? toJourneyObject(ctx.em, view) : null;
  }

  @FieldResolver(() => BeneficiaryObject, { description: 'The person on this journey.' })
  async beneficiary(@Root() journey: JourneyObject, @Ctx() ctx: GraphQLContext): Promise<BeneficiaryObject> {
    const row = await ctx.loaders.beneficiary.load(journey.journeyId);
    if (!row) throw new Error(`journey ${journey.journeyId} has no beneficiary row`);
    return toBeneficiaryObject(row, ctx.cipher);
  }
}
