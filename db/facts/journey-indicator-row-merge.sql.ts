import type { KeyRow } from '../../domain/indicator/indicator-row.types';
import type { FactSql } from './journey-fact.sql';

/**
 * Merges the side rows a recording step's new attendance and module evaluations give
 * (domain/indicator/indicator-row.rules.ts, addedIndicatorRows) into the journey's journey_indicator_row, as
 * mergedIndicatorRows does: each row without an amount is summed into its key's row (one per key, as the derivation
 * sums them), the others and the keys the journey had no row for are appended after its last position. One
 * statement, reading none of the journey's facts, so a step costs the same on a journey of any length. The caller
 * passes rows of facts it has just inserted (a retried step inserts none and merges nothing).
 */
export async function mergeIndicatorRows(sql: FactSql, journeyId: string, added: readonly KeyRow[]): Promise<void> {
  if (added.length === 0) return;
  const rows = added.map((r) => ({
    family: r.family,
    k: r.k,
    num: r.num,
    den: r.den,
    val: r.val,
    per_person: r.perPerson,
    at: r.at,
  }));
  await sql(
    `with n as (
       select x.*, row_number() over () as i
         from jsonb_to_recordset(?::jsonb)
           as x(family text, k text, num float8, den float8, val float8, per_person boolean, at timestamptz)),
     summed as (
       update journey_indicator_row r
          set num = case when r.num is null then n.num when n.num is null then r.num else r.num + n.num end,
              den = r.den + n.den
         from n
        where r.journey_id = ?::uuid and r.family = n.family and r.k = n.k and r.per_person = n.per_person
          and r.val is null and r.at is null and n.val is null and n.at is null
       returning n.i)
     insert into journey_indicator_row (journey_id, position, family, k, num, den, val, per_person, at)
     select ?::uuid, last.p + row_number() over (order by n.i), n.family, n.k, n.num, n.den, n.val, n.per_person, n.at
       from n cross join (select coalesce(max(position), -1) as p from journey_indicator_row
                           where journey_id = ?::uuid) last
      where n.i not in (select i from summed)`,
    [JSON.stringify(rows), journeyId, journeyId, journeyId],
  );
}
