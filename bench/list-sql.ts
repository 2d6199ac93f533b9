/**
 * The SQL that `journeys(first, filter)` and `myCaseload` send (api/journey/journey-list.service.ts),
 * built with the product's own filter and sort builders and numbered for `pg`: what the bare-`pg`
 * baseline server runs and what the EXPLAIN plans show. Keep in step with listJourneys.
 */
import { countFromSql, filterSql, SORTS } from '../api/journey/journey-list.sql';
import type { JourneyFilter } from '../api/journey/journey-list.input';

export interface Statement {
  text: string;
  values: unknown[];
}
export interface ListSql {
  count: Statement;
  page: Statement;
  beneficiaries: (ids: string[]) => Statement;
}

export type ListKind = { kind: 'journeys'; filter: JourneyFilter } | { kind: 'caseload'; facilitatorId: string };

const numbered = (sql: string): string => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

export function buildListSql(list: ListKind, first: number): ListSql {
  const spec = list.kind === 'journeys' ? SORTS.ENROLLED_AT_DESC : SORTS.CASELOAD;
  const { where, params } = filterSql(list.kind === 'journeys' ? list.filter : { facilitatorId: list.facilitatorId });
  if (list.kind === 'caseload') where.push(`j.status <> 'CLOSED'`);
  const from = 'from journey j join beneficiary b on b.id = j.id';
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const keys = [...spec.exprs.map((e) => e.sql), 'j.id'];
  const order = keys.map((k) => `${k} ${spec.dir}`).join(', ');
  const select = spec.exprs.map((e, i) => `${e.sql} as sort_${i}`).join(', ');
  return {
    count: { text: numbered(`select count(*) as n ${countFromSql(where)} ${whereSql}`), values: params },
    page: {
      text: numbered(`select j.*, ${select} ${from} ${whereSql} order by ${order} limit ?`),
      values: [...params, first + 1],
    },
    beneficiaries: (ids) => ({ text: 'select * from beneficiary where id = any($1::uuid[])', values: [ids] }),
  };
}
