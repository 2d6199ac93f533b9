import { DomainError } from '../../domain/errors/error-codes';
import { scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';
import type { CohortObject } from './cohort.object';

type Row = { programme_id: string; cohort_id: string; enrolled: number; active_journeys: number };
const toCohort = (r: Row): CohortObject => ({
  id: r.cohort_id,
  programmeId: r.programme_id,
  enrolled: Number(r.enrolled),
  activeJourneys: Number(r.active_journeys),
});

const ID = /^[A-Za-z0-9_-]{1,64}$/;
function assertId(name: string, value: string): void {
  if (!ID.test(value)) throw new DomainError('VALIDATION_FAILED', `${name} must be 1-64 letters, digits, _ or -`);
}

/** Cohorts derived from the beneficiary table (there is no cohort table): one grouped query. */
async function cohortRows(ctx: GraphQLContext, filter: string[], filterParams: unknown[]): Promise<Row[]> {
  // counts of the caller's programmes and regions only
  const scope = scopeConditions(ctx.principal?.scope, 'b.programme_id', 'b.region_code');
  const conditions = [...filter, ...scope.where];
  const params = [...filterParams, ...scope.params];
  return ctx.em.getConnection().execute<Row[]>(
    `select b.programme_id, b.cohort_id, count(*)::int as enrolled,
            (count(*) filter (where j.status = 'ACTIVE'))::int as active_journeys
       from beneficiary b left join journey j on j.id = b.id
      where b.cohort_id is not null and ${conditions.join(' and ')}
      group by b.programme_id, b.cohort_id order by b.programme_id, b.cohort_id`,
    params,
  );
}

export async function listCohorts(ctx: GraphQLContext, programmeId: string): Promise<CohortObject[]> {
  assertId('programmeId', programmeId);
  return (await cohortRows(ctx, ['b.programme_id = ?'], [programmeId])).map(toCohort);
}

/** A cohort id may be reused by two programmes; then the programme must be named. */
export async function findCohort(ctx: GraphQLContext, id: string, programmeId?: string): Promise<CohortObject | null> {
  assertId('id', id);
  if (programmeId) assertId('programmeId', programmeId);
  const rows = await cohortRows(
    ctx,
    ['b.cohort_id = ?', ...(programmeId ? ['b.programme_id = ?'] : [])],
    programmeId ? [id, programmeId] : [id],
  );
  if (rows.length > 1) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Cohort ${id} exists in programmes ${rows.map((r) => r.programme_id).join(', ')}; give programmeId`,
    );
  }
  return rows[0] ? toCohort(rows[0]) : null;
}
