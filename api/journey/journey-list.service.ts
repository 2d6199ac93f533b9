import { partnerConditions, scopeConditions } from '../auth/scope';
import { teamConditions } from '../auth/team-scope';
import type { GraphQLContext } from '../context';
import type { JourneyConnection } from './journey-connection.object';
import type { JourneyFilter, JourneySort } from './journey-list.input';
import { countFromSql, decodeCursor, encodeCursor, filterSql, SORTS, type SortSpec } from './journey-list.sql';
import { toJourneyObject } from './journey-view.mapper';
import { viewFromRawRow } from '../../db/journey/journey-row.sql';

export const MAX_PAGE = 100;

type Row = Record<string, unknown> & { id: string };

/** Timestamps as ISO text; PostgreSQL's 'infinity' (no due date) survives the round trip. */
function cursorValue(v: unknown): unknown {
  if (v === Infinity || (v instanceof Date && Number.isNaN(v.getTime()))) return 'infinity';
  return v instanceof Date ? v.toISOString() : v;
}

/**
 * One page of journeys from the read model: one count and one keyset-paged select, whatever the
 * page size; beneficiaries then come through the request's batched loader (one more query).
 */
export async function listJourneys(
  ctx: GraphQLContext,
  filter: JourneyFilter | undefined,
  sort: JourneySort | 'CASELOAD',
  first: number,
  after: string | undefined,
  options: { openOnly?: boolean } = {},
): Promise<JourneyConnection> {
  const spec: SortSpec = SORTS[sort];
  const size = Math.max(1, Math.min(first, MAX_PAGE));
  const { where, params } = filterSql(filter);
  if (options.openOnly) where.push(`j.status <> 'CLOSED'`);
  // only the caller's programmes and regions
  const scope = scopeConditions(ctx.principal?.scope, 'j.programme_id', 'j.region_code');
  where.push(...scope.where);
  params.push(...scope.params);
  // a coordinator: only the journeys of the facilitators they coordinate
  const team = teamConditions(ctx.principal);
  where.push(...team.where);
  params.push(...team.params);
  // a partner: only the journeys assigned to its organisations
  const partner = partnerConditions(ctx.principal, 'j.partner_organisation_id');
  where.push(...partner.where);
  params.push(...partner.params);
  const from = 'from journey j join beneficiary b on b.id = j.id';
  const conn = ctx.em.getConnection();
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const countRows = await conn.execute<{ n: string }[]>(
    `select count(*) as n ${countFromSql(where)} ${whereSql}`,
    params,
  );

  const keys = [...spec.exprs.map((e) => e.sql), 'j.id'];
  const pageWhere = [...where];
  const pageParams = [...params];
  if (after) {
    const values = decodeCursor(after, spec);
    const casts = [...spec.exprs.map((e) => e.cast), 'uuid'];
    pageWhere.push(
      `(${keys.join(', ')}) ${spec.dir === 'asc' ? '>' : '<'} (${casts.map((c) => `?::${c}`).join(', ')})`,
    );
    pageParams.push(...values);
  }
  const order = keys.map((k) => `${k} ${spec.dir}`).join(', ');
  const select = spec.exprs.map((e, i) => `${e.sql} as sort_${i}`).join(', ');
  const rows = await conn.execute<Row[]>(
    `select j.*, ${select} ${from} ${pageWhere.length ? `where ${pageWhere.join(' and ')}` : ''} order by ${order}
     limit ?`,
    [...pageParams, size + 1],
  );

  const page = rows.slice(0, size);
  const edges = await Promise.all(
    page.map(async (r) => {
      const sortValues = spec.exprs.map((_, i) => cursorValue(r[`sort_${i}`]));
      return { cursor: encodeCursor([...sortValues, r.id]), node: await toJourneyObject(ctx.em, viewFromRawRow(r)) };
    }),
  );
  return {
    edges,
    totalCount: Number(countRows[0].n),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
