import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { CohortObject } from './cohort.object';
import { CreateCohortInput, UpdateCohortInput } from './cohort.input';
import { CohortQuotaStatusObject } from './cohort-quota-status.object';
import { cohortQuotaStatus } from './cohort-quota-status.service';
import { findCohort, listCohorts } from './cohort-read.service';
import { createCohort, updateCohort } from './cohort-write.service';

/** Cohorts (angkatan): rows of the cohort table, with counts of their members in the caller's scope. */
@Resolver(() => CohortObject)
export class CohortResolver {
  @Query(() => CohortObject, {
    nullable: true,
    description: 'One cohort (angkatan) with its counts; null when there is none in your scope. Needs an identity.',
  })
  cohort(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The cohort id.' }) id: string,
    @Arg('programmeId', () => ID, {
      nullable: true,
      description: 'Optional: null unless the cohort belongs to this programme.',
    })
    programmeId?: string,
  ): Promise<CohortObject | null> {
    requireActor(ctx.actor);
    return findCohort(ctx, id, programmeId ?? undefined);
  }

  @Query(() => [CohortObject], {
    description: "A programme's cohorts (angkatan) in your scope with their counts, by id. Needs an identity.",
  })
  cohorts(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'The programme (program).' }) programmeId: string,
  ): Promise<CohortObject[]> {
    requireActor(ctx.actor);
    return listCohorts(ctx, programmeId);
  }

  @Mutation(() => CohortObject, {
    description:
      'An admin or manager creates a cohort of a programme in their scope (audited). Quotas default to the ' +
      "programme rules'. The same input again returns the cohort; the same id with other content is " +
      'COHORT_ALREADY_EXISTS.',
  })
  createCohort(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateCohortInput, { description: 'The cohort.' }) input: CreateCohortInput,
  ): Promise<CohortObject> {
    return createCohort(ctx, input);
  }

  @Mutation(() => CohortObject, {
    description:
      "An admin or manager changes a cohort's name, planned size, quotas or status, with a reason (audited). A " +
      'CLOSED cohort cannot be reopened.',
  })
  updateCohort(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateCohortInput, { description: 'The changes and why.' }) input: UpdateCohortInput,
  ): Promise<CohortObject> {
    return updateCohort(ctx, input);
  }

  @Query(() => CohortQuotaStatusObject, {
    description:
      "A cohort's seats and quotas over applicants (enrolled + refused at selection) and enrolees: counts only.",
  })
  cohortQuotaStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('cohortId', () => ID, { description: 'The cohort.' }) cohortId: string,
  ): Promise<CohortQuotaStatusObject> {
    return cohortQuotaStatus(ctx, cohortId);
  }

  @FieldResolver(() => CohortQuotaStatusObject, {
    description: 'The same as Query.cohortQuotaStatus for this cohort.',
  })
  quotaStatus(@Root() cohort: CohortObject, @Ctx() ctx: GraphQLContext): Promise<CohortQuotaStatusObject> {
    return cohortQuotaStatus(ctx, cohort.id);
  }
}
