import { BeneficiaryEntity } from '../../db/entities';
import { scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { decodeCursor, encodeCursor, type SortSpec } from '../journey/journey-list.sql';
import { personFilterSql, regionCodeSql } from '../shared/person-filter.sql';
import type { BeneficiaryConnection } from './beneficiary-connection.object';
import type { BeneficiaryFilter } from './beneficiary-list.input';
import { toBeneficiaryObject } from './beneficiary.resolver';

/** By name, then id (the beneficiary_name_index on (name, id) serves it). */
const BY_NAME: SortSpec = { exprs: [{ sql: 'b.name', cast: 'text' }], dir: 'asc' };

export function beneficiaryFilterSql(f: BeneficiaryFilter = {}): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.programmeId) add('b.programme_id = ?', f.programmeId);
  if (f.cohortId) add('b.cohort_id = ?', f.cohortId);
  if (f.regionCode) regionCodeSql(add, 'b.region_code', f.regionCode);
  personFilterSql(add, f);
  return { where, params };
}

/**
 * One page of beneficiaries from PostgreSQL: one count and one keyset-paged select, whatever
 * the page size (journeys, if asked for, come through the request's batched loader).
 */
export async function listBeneficiaries(
  ctx: GraphQLContext,
  filter: BeneficiaryFilter | undefined,
  first: number,
  after: string | undefined,
): Promise<BeneficiaryConnection> {
  const { where, params } = beneficiaryFilterSql(filter);
  // only the caller's programmes and regions
  const scope = scopeConditions(ctx.principal?.scope, 'b.programme_id', 'b.region_code');
  where.push(...scope.where);
  params.push(...scope.params);
  const conn = ctx.em.getConnection();
  const sql = (conds: string[]) => (conds.length ? `where ${conds.join(' and ')}` : '');
  const countRows = await conn.execute<{ n: string }[]>(
    `select count(*) as n from beneficiary b ${sql(where)}`,
    params,
  );

  const pageWhere = [...where];
  const pageParams = [...params];
  if (after) {
    pageWhere.push('(b.name, b.id) > (?::text, ?::uuid)');
    pageParams.push(...decodeCursor(after, BY_NAME));
  }
  const rows = await conn.execute<Record<string, unknown>[]>(
    `select b.* from beneficiary b ${sql(pageWhere)} order by b.name asc, b.id asc limit ?`,
    [...pageParams, first + 1],
  );
  const page = rows.slice(0, first).map((r) => ctx.em.map(BeneficiaryEntity, r));
  const edges = page.map((b) => ({ cursor: encodeCursor([b.name, b.id]), node: toBeneficiaryObject(b, ctx.cipher) }));
  return {
    edges,
    totalCount: Number(countRows[0].n),
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
