import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { pageSize } from '../journey/journey-list.resolver';
import { BeneficiaryConnection } from './beneficiary-connection.object';
import { BeneficiaryFilter } from './beneficiary-list.input';
import { listBeneficiaries } from './beneficiary-list.service';
import { CohortObject } from './cohort.object';
import { findCohort, listCohorts } from './cohort.service';

/** Lists of people and cohorts from PostgreSQL; personal data, so an identity is required. */
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

  @Query(() => CohortObject, {
    nullable: true,
    description:
      'One cohort (angkatan) with its counts; null when nobody is enrolled under that id. Needs an identity.',
  })
  cohort(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The cohort id given at enrolment.' }) id: string,
    @Arg('programmeId', () => ID, {
      nullable: true,
      description: 'Needed only when two programmes use the same cohort id.',
    })
    programmeId?: string,
  ): Promise<CohortObject | null> {
    requireActor(ctx.actor);
    return findCohort(ctx, id, programmeId ?? undefined);
  }

  @Query(() => [CohortObject], {
    description: "A programme's cohorts (angkatan) with their counts, by id. Needs an identity.",
  })
  cohorts(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'The programme (program).' }) programmeId: string,
  ): Promise<CohortObject[]> {
    requireActor(ctx.actor);
    return listCohorts(ctx, programmeId);
  }
}
