import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { BeneficiaryObject } from '../beneficiary/beneficiary.object';
import { toBeneficiaryObject } from '../beneficiary/beneficiary.resolver';
import { JourneyObject } from './journey.object';
import { toJourneyObject } from './journey-view.mapper';
import { assertUuid, loadJourneyView } from './journey-read.service';

@Resolver(() => JourneyObject)
export class JourneyResolver {
  @Query(() => JourneyObject, { nullable: true, description: 'A journey by id (= beneficiary id). live: ask the workflow instead of the read model.' })
  async journey(
    @Arg('id', () => ID) id: string,
    @Arg('live', { defaultValue: false }) live: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject | null> {
    assertUuid(id);
    const view = await loadJourneyView(ctx, id, live);
    return view ? toJourneyObject(view) : null;
  }

  @FieldResolver(() => BeneficiaryObject)
  async beneficiary(@Root() journey: JourneyObject, @Ctx() ctx: GraphQLContext): Promise<BeneficiaryObject> {
    const row = await ctx.loaders.beneficiary.load(journey.id);
    if (!row) throw new Error(`journey ${journey.id} has no beneficiary row`);
    return toBeneficiaryObject(row);
  }
}
