import type { Dimension } from '../../domain/indicator/indicator.types';
import { DIMENSION_COLUMNS, groupingSql, PEOPLE, type PopulationRows } from './indicator-query.sql';

/** What one people statement computes over the population it reads once. */
export interface PeopleParts {
  /** The population (populationSql), materialized once as `pop`. */
  pop: string;
  /** Family rows (id, k, num, den, val), each reading `pop`. */
  families: string[];
  /**
   * `(values ...)` rows of the keys every person has a row of in these families (num 0 and den 1 unless a family
   * row says more): counted from the population's cells instead of a row per person and key; '' for none.
   */
  everyone: string;
  /** Rows already aggregated per (k, dim, grp) that read `pop` (summaryCountsSql), or ''. */
  aggregated: string;
  /** Whether the statement also returns the population counts (k null, num: the count). */
  counts: boolean;
}

/**
 * One statement for several people families over the population computed once (`pop`, materialized): the cells
 * (`cells`: each combination of the requested dimensions, numbered, with its people; the dimension columns are never
 * null) and each person's cell (`pc`). Each family's rows are joined to the cells and summed per key, cell and
 * amount (rows without an amount collapse, rows with one stay apart with their count): few rows, narrow enough to
 * hash. Over those (`s`, with the cells' dimensions) per key and group of each dimension the sums (GROUPING SETS)
 * and, over the amounts alone, the median and mean (each amount repeated its count, as the rows had it). The keys
 * every person has start from the cells' people. With `counts`, the population counts (COUNT denominators) as rows
 * with a null key.
 */
export function peopleSql(parts: PeopleParts, dimensions: readonly Dimension[], over: PopulationRows = PEOPLE): string {
  const cols = dimensions.map((d) => DIMENSION_COLUMNS[d]);
  const list = (prefix: string) => cols.map((c) => `, ${prefix}${c}`).join('');
  const sums = parts.families.map(
    (f, i) => `f${i} as (select f.k, pc.cell, f.val::float8 as val, sum(f.num)::float8 as num,
      sum(f.den)::float8 as den, count(*) as n from (${f}) f join pc on pc.id = f.id group by f.k, pc.cell, f.val)`,
  );
  const everyone = parts.everyone
    ? [
        `select k.k, c.cell, null::float8, 0::float8, c.n::float8, 0::bigint
          from cells c cross join ${parts.everyone} k(k) where c.n > 0`,
      ]
    : [];
  const rows = [...parts.families.map((_, i) => `select * from f${i}`), ...everyone];
  const totals = groupingSql(dimensions, 's.', ['s.k'], over.whole);
  const amounts = groupingSql(dimensions, 'v.', ['v.k'], over.whole);
  const people = groupingSql(dimensions, 'c.', [], over.whole);
  const figures = `select t.k, t.dim, t.grp, t.num, t.den, a.med, a.mean
    from (select s.k, ${totals.dim} as dim, ${totals.grp} as grp, sum(s.num)::float8 as num,
        sum(s.den)::float8 as den
      from s group by grouping sets (${totals.sets})) t
    left join (select v.k, ${amounts.dim} as dim, ${amounts.grp} as grp,
        percentile_cont(0.5) within group (order by v.val) as med, avg(v.val order by v.val)::float8 as mean
      from s v cross join generate_series(1, v.n) where v.val is not null group by grouping sets (${amounts.sets})) a
      on a.k = t.k and a.dim is not distinct from t.dim and a.grp is not distinct from t.grp`;
  const counts = `select null::text as k, ${people.dim} as dim, ${people.grp} as grp,
      coalesce(sum(c.n), 0)::float8 as num, null::float8 as den, null::float8 as med, null::float8 as mean
    from cells c group by grouping sets (${people.sets})`;
  // A cell is named by its dimensions' values (never null), joined by the unit separator no code contains.
  const cell = cols.length ? `concat_ws(chr(31)${list('p.')})` : `''`;
  return `with pop as materialized (${parts.pop}),
  pc as materialized (select p.id, ${cell} as cell${list('p.')} from ${over.rows} p),
  cells as materialized (select cell${list('')}, count(*) as n from pc group by cell${list('')}),
  ${sums.join(',\n  ')},
  s as materialized (
    select r.k, r.val, r.num, r.den, r.n${list('c.')}
      from (${rows.join('\n      union all ')}) r join cells c on c.cell = r.cell)
  ${[parts.counts ? counts : '', figures, parts.aggregated].filter(Boolean).join('\n  union all ')}`;
}
