import {
  ACCOMMODATION_NEEDS,
  countNeeds,
  type AccommodationCount,
  type AccommodationNeed,
} from '../../domain/inclusion/accommodation.rules';
import type { GraphQLContext } from '../context';

/** One person's accommodation needs (none for an unknown id), through the request's beneficiary loader. */
export async function needsOf(ctx: GraphQLContext, journeyId: string): Promise<AccommodationNeed[]> {
  const row = await ctx.loaders.beneficiary.load(journeyId.toLowerCase());
  return row?.accommodationNeeds ?? [];
}

/** The needs of these people, counted (each person once). */
export async function countNeedsOf(ctx: GraphQLContext, journeyIds: readonly string[]): Promise<AccommodationCount[]> {
  const people = await Promise.all(
    [...new Set(journeyIds)].map(async (id) => ({ accommodationNeeds: await needsOf(ctx, id) })),
  );
  return countNeeds(people);
}

/** A cohort's members counted per need, in one statement (every need listed, zero too). */
export async function cohortNeeds(
  ctx: GraphQLContext,
  programmeId: string,
  cohortId: string,
): Promise<AccommodationCount[]> {
  const rows = await ctx.em.getConnection().execute<{ need: string; people: number }[]>(
    `select n as need, count(*)::int as people
       from beneficiary b cross join lateral jsonb_array_elements_text(b.accommodation_needs) n
      where b.programme_id = ? and b.cohort_id = ? group by n`,
    [programmeId, cohortId],
  );
  const by = new Map(rows.map((r) => [r.need, Number(r.people)]));
  return ACCOMMODATION_NEEDS.map((need) => ({ need, people: by.get(need) ?? 0, suppressed: false }));
}
