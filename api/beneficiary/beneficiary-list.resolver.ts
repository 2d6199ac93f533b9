import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { pageSize } from '../journey/journey-list.resolver';
import { BeneficiaryConnection } from './beneficiary-connection.object';
import { BeneficiaryFilter } from './beneficiary-list.input';
import { listBeneficiaries } from './beneficiary-list.service';

/** Lists of people from PostgreSQL; personal data, so an identity is required. */
@Resolver()
export class BeneficiaryListResolver {
  @Query(() => BeneficiaryConnection, {
    description:
      'Beneficiaries (penerima manfaat) matching a filter, by name then id, a page at a time. Needs an identity.',
  })
  beneficiaries(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => BeneficiaryFilter, { nullable: true, description: 'Conditions; none lists everyone.' })
    filter?: BeneficiaryFilter,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1-100.' }) first = 50,
    @Arg('after', () => String, {
      nullable: true,
      description: "The previous page's pageInfo.endCursor; none for the first page.",
    })
    after?: string,
  ): Promise<BeneficiaryConnection> {
    requireActor(ctx.actor);
    return listBeneficiaries(ctx, filter ?? undefined, pageSize(first), after ?? undefined);
  }
}
