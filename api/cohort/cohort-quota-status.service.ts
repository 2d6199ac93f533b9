import { cohortQuotaFigures, type CohortCounts } from '../../domain/cohort/cohort-quota.rules';
import { CohortEntity } from '../../db/entities';
import type { GraphQLContext } from '../context';
import type { CohortQuotaStatusObject } from './cohort-quota-status.object';
import { cohortInScope } from './cohort-read.service';

type GroupRow = { group: string; enrolled: number; refused: number };
type TotalRow = { total_enrolled: number; total_refused: number };

/** Members and refused candidates of a cohort, in total and per vulnerable group: one statement. */
async function countsOf(ctx: GraphQLContext, cohort: CohortEntity): Promise<CohortCounts> {
  const rows = await ctx.em.getConnection().execute<(TotalRow & Partial<GroupRow>)[]>(
    `with people as (
       select vulnerable_groups, 1 as enrolled, 0 as refused from beneficiary where programme_id = ? and cohort_id = ?
       union all
       select vulnerable_groups, 0, 1 from selection_record where programme_id = ? and cohort_id = ?),
     totals as (select coalesce(sum(enrolled), 0)::int as total_enrolled,
                       coalesce(sum(refused), 0)::int as total_refused from people),
     groups as (select g as "group", sum(enrolled)::int as enrolled, sum(refused)::int as refused
                  from people cross join lateral jsonb_array_elements_text(vulnerable_groups) g group by g)
     select t.total_enrolled, t.total_refused, gr."group", gr.enrolled, gr.refused
       from totals t left join groups gr on true`,
    [cohort.programmeId, cohort.id, cohort.programmeId, cohort.id],
  );
  return {
    plannedSize: cohort.plannedSize,
    enrolled: rows[0]?.total_enrolled ?? 0,
    refused: rows[0]?.total_refused ?? 0,
    groups: rows.flatMap((r) =>
      r.group ? [{ group: r.group, enrolled: r.enrolled ?? 0, refused: r.refused ?? 0 }] : [],
    ),
  };
}

/** A cohort's quota status (domain/cohort/cohort-quota.rules.ts) over counts from PostgreSQL. */
export async function cohortQuotaStatus(ctx: GraphQLContext, cohortId: string): Promise<CohortQuotaStatusObject> {
  await cohortInScope(ctx, cohortId);
  const cohort = await ctx.em.fork().findOneOrFail(CohortEntity, { id: cohortId });
  return { cohortId, ...cohortQuotaFigures(cohort.quotas, await countsOf(ctx, cohort)) };
}
