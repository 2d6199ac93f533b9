import { COHORT_ID, type CohortQuota, type CohortStatus } from '../../domain/cohort/cohort.rules';
import { DomainError } from '../../domain/errors/error-codes';
import { outOfScope, scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import type { CohortObject } from './cohort.object';
import { cohortNotFound, cohortReadable } from './cohort-access';

type Row = {
  id: string;
  programme_id: string;
  name: string;
  region_code: string;
  start_date: string | Date;
  target_groups: string[];
  planned_size: number;
  quotas: CohortQuota[];
  status: CohortStatus;
  enrolled: number;
  active_journeys: number;
};

const dateOnly = (d: string | Date) => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 10);
const toCohort = (r: Row): CohortObject => ({
  id: r.id,
  programmeId: r.programme_id,
  name: r.name,
  regionCode: r.region_code,
  startDate: dateOnly(r.start_date),
  targetGroups: r.target_groups,
  plannedSize: r.planned_size,
  quotas: r.quotas,
  status: r.status,
  enrolled: Number(r.enrolled),
  activeJourneys: Number(r.active_journeys),
});

export function assertCohortId(name: string, value: string): void {
  if (!COHORT_ID.test(value))
    throw new DomainError('VALIDATION_FAILED', `${name} must be 1-64 letters, digits, _ or -`);
}

/** Cohort rows with their counts; members counted in the caller's programmes and regions only. */
async function cohortRows(ctx: GraphQLContext, filter: string[], filterParams: unknown[]): Promise<Row[]> {
  const scope = scopeConditions(ctx.principal?.scope, 'b.programme_id', 'b.region_code');
  const counted = scope.where.length > 0 ? `and ${scope.where.join(' and ')}` : '';
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select c.id, c.programme_id, c.name, c.region_code, c.start_date, c.target_groups, c.planned_size, c.quotas,
            c.status, coalesce(n.enrolled, 0)::int as enrolled, coalesce(n.active_journeys, 0)::int as active_journeys
       from cohort c
       left join lateral (
         select count(*) as enrolled, count(*) filter (where j.status = 'ACTIVE') as active_journeys
           from beneficiary b left join journey j on j.id = b.id
          where b.programme_id = c.programme_id and b.cohort_id = c.id ${counted}) n on true
      where ${filter.join(' and ')}
      order by c.programme_id, c.id`,
    [...scope.params, ...filterParams],
  );
  const principal = requirePrincipal(ctx.principal);
  return rows.filter((r) =>
    cohortReadable(principal.scope, { programmeId: r.programme_id, regionCode: r.region_code }),
  );
}

export async function listCohorts(ctx: GraphQLContext, programmeId: string): Promise<CohortObject[]> {
  assertCohortId('programmeId', programmeId);
  return (await cohortRows(ctx, ['c.programme_id = ?'], [programmeId])).map(toCohort);
}

/** One cohort in the caller's scope, or null (also when it belongs to another programme than the one named). */
export async function findCohort(ctx: GraphQLContext, id: string, programmeId?: string): Promise<CohortObject | null> {
  assertCohortId('id', id);
  if (programmeId) assertCohortId('programmeId', programmeId);
  const rows = await cohortRows(
    ctx,
    ['c.id = ?', ...(programmeId ? ['c.programme_id = ?'] : [])],
    programmeId ? [id, programmeId] : [id],
  );
  return rows[0] ? toCohort(rows[0]) : null;
}

/** A cohort named by id for a RECORD rule: unknown is NOT_FOUND, outside the caller's scope FORBIDDEN. */
export async function cohortInScope(ctx: GraphQLContext, id: string): Promise<CohortObject> {
  assertCohortId('cohortId', id);
  const principal = requirePrincipal(ctx.principal);
  const rows = await ctx.em
    .getConnection()
    .execute<{ programme_id: string; region_code: string }[]>(
      'select programme_id, region_code from cohort where id = ?',
      [id],
    );
  if (!rows[0]) throw cohortNotFound(id);
  if (!cohortReadable(principal.scope, { programmeId: rows[0].programme_id, regionCode: rows[0].region_code }))
    throw outOfScope(`Cohort ${id}`);
  return (await findCohort(ctx, id))!;
}
