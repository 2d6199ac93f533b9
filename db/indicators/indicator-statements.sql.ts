import { GROUP_DIMENSIONS, type Dimension, type IndicatorFilter } from '../../domain/indicator/indicator.types';
import type { Logframe } from '../../domain/indicator/logframe.types';
import { decisionRatios, flowCounts, type FamilyContext, type FamilySql } from './indicator-flow.sql';
import { satisfactionRows } from './indicator-satisfaction.sql';
import { controlRows } from './indicator-control.sql';
import { incomeShareRows } from './indicator-income-share.sql';
import { visitRows } from './indicator-visits.sql';
import { groupMemberRows, groupPopulationSql, groupRows } from './indicator-group.sql';
import { moduleRatios } from './indicator-module.sql';
import { outcomeRatios } from './indicator-outcome.sql';
import { quotaCounts } from './indicator-quota.sql';
import { openPeriodFamilies, summaryCountsSql } from './indicator-summary.sql';
import { ACCESS_EVERYONE_KEYS, accessSideRows, outcomeSideRows } from './indicator-side.sql';
import { accessRows, values } from './indicator-access.sql';
import { peopleSql } from './indicator-people.sql';
import {
  aggregateSql,
  PEOPLE,
  populationCountSql,
  populationSql,
  SqlParams,
  type PopulationRows,
} from './indicator-query.sql';
import { VULNERABLE_GROUP_ROWS } from './indicator-vulnerable.sql';

/** The people families. */
const FAMILIES: readonly FamilySql[] = [
  flowCounts,
  decisionRatios,
  moduleRatios,
  outcomeRatios,
  quotaCounts,
  groupMemberRows,
  accessRows,
  satisfactionRows,
  controlRows,
  incomeShareRows,
  visitRows,
];

/**
 * The families the second statement of a pass reads (the others in the first, with the population counts and the
 * summary's): about equal work, so the two share the database's cores; each computes the population once.
 */
const SECOND: readonly FamilySql[] = [
  outcomeRatios,
  outcomeSideRows,
  accessRows,
  accessSideRows,
  incomeShareRows,
  satisfactionRows,
];

/** The keys every person has a row of, per family (counted from the population, peopleSql). */
const EVERYONE = new Map<FamilySql, readonly string[]>([[accessSideRows, ACCESS_EVERYONE_KEYS]]);

/** One SQL statement of a computation: people figures and counts, group counts, or group rows. */
export interface Statement {
  name: string;
  role: 'people' | 'groups' | 'family';
  sql: string;
  params: unknown[];
}

/** A people statement over these families (named after them), with the population counts when `counts`. */
function peopleStatement(
  families: readonly FamilySql[],
  pass: { suffix: string; dims: Dimension[]; over: PopulationRows; counts: boolean; summary: boolean },
  filter: IndicatorFilter,
  logframe: Logframe,
  ctx: FamilyContext,
): Statement {
  const q = new SqlParams();
  const pop = populationSql(q, filter, logframe.ageBands);
  const rows = families.map((f) => f(q, ctx));
  const keys = families.flatMap((f) => EVERYONE.get(f) ?? []);
  const everyone = keys.length ? `(values (${values(q, keys)}))` : '';
  const aggregated = pass.summary ? summaryCountsSql(pass.dims, pass.over) : '';
  const sql = peopleSql({ pop, families: rows, everyone, aggregated, counts: pass.counts }, pass.dims, pass.over);
  const names = [...(pass.counts ? ['population'] : []), ...(pass.summary ? ['summaryCounts'] : [])];
  const name = [...names, ...families.map((f) => f.name)].join('+') + pass.suffix;
  return { name, role: 'people', sql, params: q.values };
}

/**
 * The SQL statements of a computation: per pass over the people (the single-valued dimensions; VULNERABLE_GROUP,
 * several a person, in its own) two statements, each over half the families with the population once, the first
 * with the population counts; then the group counts (the groups of the period by the group dimensions requested)
 * and the group rows. Also used by the benchmark's EXPLAIN, which also runs the facts' statements an open period
 * does not use (`summary` false).
 */
export function indicatorStatements(
  filter: IndicatorFilter,
  dims: readonly Dimension[],
  logframe: Logframe,
  ctx: FamilyContext,
  summary = true,
): Statement[] {
  const passes: [string, Dimension[], PopulationRows][] = [['', dims.filter((d) => d !== 'VULNERABLE_GROUP'), PEOPLE]];
  if (dims.includes('VULNERABLE_GROUP')) passes.push([':vulnerableGroup', ['VULNERABLE_GROUP'], VULNERABLE_GROUP_ROWS]);
  const open = summary && !ctx.period.from && !ctx.period.to; // flow and decision from journey_summary
  const families = open ? openPeriodFamilies(FAMILIES) : FAMILIES;
  const statements: Statement[] = [];
  for (const [suffix, passDims, over] of passes) {
    // The first half of the families with the population counts and the summary's, the second half alone.
    const halves = [families.filter((f) => !SECOND.includes(f)), families.filter((f) => SECOND.includes(f))];
    halves.forEach((half, i) => {
      const pass = { suffix, dims: passDims, over, counts: i === 0, summary: open && i === 0 };
      statements.push(peopleStatement(half, pass, filter, logframe, ctx));
    });
  }
  const groupDims = dims.filter((d) => GROUP_DIMENSIONS.includes(d));
  const countQ = new SqlParams();
  const groupCounts = populationCountSql(groupPopulationSql(countQ, filter), groupDims);
  statements.push({ name: 'groupPopulation', role: 'groups', sql: groupCounts, params: countQ.values });
  const q = new SqlParams();
  const groups = aggregateSql(groupPopulationSql(q, filter), groupRows(q, ctx.period), groupDims);
  statements.push({ name: 'groupRows', role: 'family', sql: groups, params: q.values });
  return statements;
}
