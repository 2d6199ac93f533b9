import { GROUP_DIMENSIONS, type Dimension, type IndicatorFilter } from '../../domain/indicator/indicator.types';
import type { Logframe } from '../../domain/indicator/logframe.types';
import { decisionRatios, flowCounts, type FamilyContext, type FamilySql } from './indicator-flow.sql';
import { accessRows } from './indicator-access.sql';
import { satisfactionRows } from './indicator-satisfaction.sql';
import { controlRows } from './indicator-control.sql';
import { incomeShareRows } from './indicator-income-share.sql';
import { visitRows } from './indicator-visits.sql';
import { groupMemberRows, groupPopulationSql, groupRows } from './indicator-group.sql';
import { moduleRatios } from './indicator-module.sql';
import { outcomeRatios } from './indicator-outcome.sql';
import { quotaCounts } from './indicator-quota.sql';
import { openPeriodFamilies, summaryCountsSql } from './indicator-summary.sql';
import {
  aggregateSql,
  PEOPLE,
  populationCountSql,
  populationSql,
  SqlParams,
  type PopulationRows,
} from './indicator-query.sql';
import { VULNERABLE_GROUP_ROWS } from './indicator-vulnerable.sql';

/** The families, and whether their rows carry amounts (median and mean). */
const FAMILIES: readonly [FamilySql, boolean][] = [
  [flowCounts, false],
  [decisionRatios, true],
  [moduleRatios, true],
  [outcomeRatios, true],
  [quotaCounts, false],
  [groupMemberRows, false],
  [accessRows, true],
  [satisfactionRows, true],
  [controlRows, false],
  [incomeShareRows, true],
  [visitRows, false],
];
/** One SQL statement of a computation: people or group counts per breakdown group, or a family's rows. */
export interface Statement {
  name: string;
  role: 'people' | 'groups' | 'family';
  sql: string;
  params: unknown[];
}

/**
 * The SQL statements of a computation: population counts, group counts (the groups of the period by the group
 * dimensions requested), one per people family, and the group rows (also used by the benchmark's EXPLAIN, which
 * also runs the facts' statements an open period does not use: `summary` false).
 */
export function indicatorStatements(
  filter: IndicatorFilter,
  dims: readonly Dimension[],
  logframe: Logframe,
  ctx: FamilyContext,
  summary = true,
): Statement[] {
  // The single-valued dimensions in one pass over the people; VULNERABLE_GROUP (several a person) in its own.
  const passes: [string, Dimension[], PopulationRows][] = [['', dims.filter((d) => d !== 'VULNERABLE_GROUP'), PEOPLE]];
  if (dims.includes('VULNERABLE_GROUP')) passes.push([':vulnerableGroup', ['VULNERABLE_GROUP'], VULNERABLE_GROUP_ROWS]);
  const statements: Statement[] = [];
  for (const [suffix, passDims, over] of passes) {
    const popQ = new SqlParams();
    const sql = populationCountSql(populationSql(popQ, filter, logframe.ageBands), passDims, over);
    statements.push({ name: `population${suffix}`, role: 'people', sql, params: popQ.values });
    const open = summary && !ctx.period.from && !ctx.period.to; // flow and decision from journey_summary
    if (open) {
      const q = new SqlParams();
      const sql = summaryCountsSql(populationSql(q, filter, logframe.ageBands), passDims, over);
      statements.push({ name: `summaryCounts${suffix}`, role: 'family', sql, params: q.values });
    }
    for (const [family, amounts] of open ? openPeriodFamilies(FAMILIES) : FAMILIES) {
      const q = new SqlParams();
      const pop = populationSql(q, filter, logframe.ageBands);
      const familySql = aggregateSql(pop, family(q, ctx), passDims, amounts, over);
      statements.push({ name: `${family.name}${suffix}`, role: 'family', sql: familySql, params: q.values });
    }
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
