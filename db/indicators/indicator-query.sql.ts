import type { Dimension, IndicatorFilter } from '../../domain/indicator/indicator.types';
import type { AgeBand } from '../../domain/indicator/logframe.types';
import { ETHNICITY_NOT_RECORDED } from '../../domain/inclusion/ethnicity.rules';
import { DISABILITY_LEVEL_NOT_RECORDED } from '../../domain/inclusion/functioning.rules';

/**
 * SQL building blocks of the indicators: bound parameters collected in text order, the
 * population (people in the filter, with their disaggregation columns) and the period window.
 * Every family query reads `pop` and yields rows (id, k, num, den, val) that a statement sums per key and per group
 * of each requested dimension (GROUPING SETS): peopleSql (indicator-people.sql.ts) for the people's families,
 * `aggregateSql` for the group rows.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  /** A bound parameter, optionally cast (`?::date`). */
  p(value: unknown, cast = ''): string {
    this.values.push(value);
    return cast ? `?::${cast}` : '?';
  }
}

/** Start and end of the period as UTC instants, and conditions on an event time column. */
export interface Period {
  from: string | null;
  to: string | null;
}

/** `column` falls in the period (inclusive dates, UTC days); 'true' when open. */
export function within(q: SqlParams, period: Period, column: string): string {
  const parts: string[] = [];
  if (period.from) parts.push(`${column} >= (${q.p(period.from, 'date')}::timestamp at time zone 'UTC')`);
  if (period.to) parts.push(`${column} < ((${q.p(period.to, 'date')} + 1)::timestamp at time zone 'UTC')`);
  return parts.length ? parts.join(' and ') : 'true';
}

/** `column` is before the end of the period; 'true' when it has no end. */
export function byEnd(q: SqlParams, period: Period, column: string): string {
  return period.to ? `${column} < ((${q.p(period.to, 'date')} + 1)::timestamp at time zone 'UTC')` : 'true';
}

/** The population's column of each dimension. */
export const DIMENSION_COLUMNS: Record<Dimension, string> = {
  SEX: 'd_sex',
  AGE_BAND: 'd_age_band',
  DISABILITY: 'd_disability',
  REGION: 'd_region',
  COHORT: 'd_cohort',
  VULNERABLE_GROUP: 'd_vulnerable_group',
  DISABILITY_LEVEL: 'd_disability_level',
  ETHNICITY: 'd_ethnicity',
};

function ageBandCase(q: SqlParams, bands: readonly AgeBand[], age: string): string {
  const whens = bands.map((b) => {
    const lower = `${age} >= ${q.p(b.min, 'int')}`; // parameters in text order: min, max, code
    const upper = b.max === null ? '' : ` and ${age} <= ${q.p(b.max, 'int')}`;
    return `when ${lower}${upper} then ${q.p(b.code, 'text')}`;
  });
  return `case ${whens.join(' ')} else 'UNKNOWN' end`;
}

/**
 * The filter's programme, cohort, region prefix and the caller's region scope on a table with programme_id,
 * cohort_id and region_code columns (a journey, a group), parameters in text order.
 */
export function filterConditions(q: SqlParams, filter: IndicatorFilter, alias: string): string[] {
  const where = [`${alias}.programme_id = ${q.p(filter.programmeId)}`];
  if (filter.cohortId) where.push(`${alias}.cohort_id = ${q.p(filter.cohortId)}`);
  const like = (prefix: string) =>
    `${alias}.region_code like ${q.p(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} escape '\\'`;
  if (filter.regionPrefix) where.push(like(filter.regionPrefix));
  if (filter.scopeRegionPrefixes && !filter.scopeRegionPrefixes.includes('*')) {
    where.push(filter.scopeRegionPrefixes.length ? `(${filter.scopeRegionPrefixes.map(like).join(' or ')})` : 'false');
  }
  return where;
}

/**
 * People in the filter: programme, cohort, region prefix, the caller's region scope, enrolled by
 * the end of the period. Age in whole years at enrolment (UTC day); region = province, the first
 * two digits of the code; disability WITH_DISABILITY / WITHOUT_DISABILITY; cohort or NONE; the WG-SS disability
 * level and the ethnicity code, or NOT_RECORDED; the vulnerable groups as given (expanded by vulnerableGroupSql).
 * With `filter.vulnerableGroup`, only the people enrolled in that group.
 */
export function populationSql(q: SqlParams, filter: IndicatorFilter, bands: readonly AgeBand[]): string {
  const ageBand = ageBandCase(q, bands, 'x.age'); // parameters in text order: the select list comes first
  const where = filterConditions(q, filter, 'j');
  where.push(byEnd(q, { from: null, to: filter.to ?? null }, 'j.enrolled_at'));
  if (filter.vulnerableGroup)
    where.push(`b.vulnerable_groups @> jsonb_build_array(${q.p(filter.vulnerableGroup, 'text')})`);
  // The age once a person (offset 0 keeps the subquery, else the age is computed again in every band's test).
  return `select x.id, x.facilitator_id, x.stage, x.status, x.enrolled_at, x.overdue_count, x.d_sex,
      ${ageBand} as d_age_band, x.d_disability, x.d_region, x.d_cohort, x.d_disability_level, x.d_ethnicity,
      x.vulnerable_groups
    from (select j.id, j.facilitator_id, j.stage, j.status, j.enrolled_at, j.overdue_count, b.sex as d_sex,
        extract(year from age((j.enrolled_at at time zone 'UTC')::date, b.birth_date)) as age,
        case when b.disability then 'WITH_DISABILITY' else 'WITHOUT_DISABILITY' end as d_disability,
        left(j.region_code, 2) as d_region, coalesce(j.cohort_id, 'NONE') as d_cohort,
        coalesce(b.disability_level, '${DISABILITY_LEVEL_NOT_RECORDED}') as d_disability_level,
        coalesce(b.ethnicity, '${ETHNICITY_NOT_RECORDED}') as d_ethnicity, b.vulnerable_groups
      from journey j join beneficiary b on b.id = j.id
      where ${where.join(' and ')} offset 0) x`;
}

/** GROUP BY GROUPING SETS for the whole and each dimension, and the (dim, grp) columns naming the set. */
export function groupingSql(
  dimensions: readonly Dimension[],
  prefix: string,
  lead: string[],
  whole = true,
): { sets: string; dim: string; grp: string } {
  const cols = dimensions.map((d) => `${prefix}${DIMENSION_COLUMNS[d]}`);
  const perColumn = cols.map((c) => `(${[...lead, c].join(', ')})`);
  const sets = whole ? [`(${lead.join(', ')})`, ...perColumn] : perColumn;
  if (cols.length === 0) return { sets: sets.join(', '), dim: 'null::text', grp: 'null::text' };
  return {
    sets: sets.join(', '),
    dim: `case ${dimensions.map((d, i) => `when grouping(${cols[i]}) = 0 then '${d}'`).join(' ')} end`,
    grp: `case ${cols.map((c) => `when grouping(${c}) = 0 then ${c}::text`).join(' ')} end`,
  };
}

/**
 * What the family rows are joined to and grouped over: `pop` itself (one row a person, the total and each group),
 * or an expansion of it (vulnerableGroupRows: a row per person and group, the groups only, as the total would
 * count a person more than once). Families always read the person-level `pop`.
 */
export interface PopulationRows {
  rows: string;
  whole: boolean;
}
export const PEOPLE: PopulationRows = { rows: 'pop', whole: true };

/**
 * Per key and group: sums, median and mean of a family's rows joined to the population (here the group rows over
 * the groups of the period; the people's families are summed by peopleSql). Sums in two stages: a hash
 * aggregate per key and combination of the requested dimensions (few rows), then the grouping sets over those; the
 * median and mean over the rows with an amount alone, as percentile_cont and avg skip nulls
 * (an ordered-set aggregate forces a sort of its rows).
 */
export function aggregateSql(pop: string, family: string, dimensions: readonly Dimension[]): string {
  const cols = dimensions.map((d) => DIMENSION_COLUMNS[d]);
  const list = (prefix: string) => cols.map((c) => `, ${prefix}${c}`).join('');
  const sums = groupingSql(dimensions, 's.', ['s.k'], PEOPLE.whole);
  const joined = `select m.k, m.num, m.den, m.val${list('p.')} from m join ${PEOPLE.rows} p on p.id = m.id`;
  const totals = `select s.k, ${sums.dim} as dim, ${sums.grp} as grp, sum(s.num)::float8 as num,
      sum(s.den)::float8 as den
    from (select k${list('')}, sum(num) as num, sum(den) as den from j group by k${list('')}) s
    group by grouping sets (${sums.sets})`;
  const g = groupingSql(dimensions, 'v.', ['v.k'], PEOPLE.whole);
  return `with pop as (${pop}), m as (${family}), j as materialized (${joined})
    select t.k, t.dim, t.grp, t.num, t.den, a.med, a.mean from (${totals}) t
    left join (select v.k, ${g.dim} as dim, ${g.grp} as grp,
        percentile_cont(0.5) within group (order by v.val) as med, avg(v.val order by v.val)::float8 as mean
      from j v where v.val is not null group by grouping sets (${g.sets})) a
      on a.k = t.k and a.dim is not distinct from t.dim and a.grp is not distinct from t.grp`;
}

/** Counts per group of the population `pop` yields: here the groups of the period (the people's: peopleSql). */
export function populationCountSql(pop: string, dimensions: readonly Dimension[]): string {
  const g = groupingSql(dimensions, 'p.', [], PEOPLE.whole);
  return `with pop as (${pop}) select ${g.dim} as dim, ${g.grp} as grp, count(*)::float8 as n from pop p
    group by grouping sets (${g.sets})`;
}

/** One aggregated row as PostgreSQL returns it. */
export interface AggregateRow {
  k: string;
  dim: Dimension | null;
  grp: string | null;
  num: number;
  den: number;
  med: number | null;
  mean: number | null;
}
