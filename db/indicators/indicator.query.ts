import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { CohortEntity, ProgrammeEntity } from '../entities';
import { DomainError } from '../../domain/errors/error-codes';
import { ALWAYS_PRESENT_KEYS, definitionOf } from '../../domain/indicator/indicator-catalogue';
import type {
  Dimension,
  IndicatorFigure,
  IndicatorFilter,
  IndicatorGroup,
} from '../../domain/indicator/indicator.types';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import type { Logframe } from '../../domain/indicator/logframe.types';
import { applicableQuotas, quotaTargets } from '../../domain/indicator/quota-indicator.rules';
import { ratio } from '../../domain/indicator/statistics';
import { loadProgrammeRules } from '../programme/programme-rules.store';
import { decisionRatios, flowCounts, type FamilyContext, type FamilySql } from './indicator-flow.sql';
import { moduleRatios } from './indicator-module.sql';
import { outcomeRatios } from './indicator-outcome.sql';
import { quotaCounts } from './indicator-quota.sql';
import { aggregateSql, populationCountSql, populationSql, SqlParams, type AggregateRow } from './indicator-query.sql';

/** The families, and whether their rows carry amounts (median and mean). */
const FAMILIES: readonly [FamilySql, boolean][] = [
  [flowCounts, false],
  [decisionRatios, true],
  [moduleRatios, true],
  [outcomeRatios, true],
  [quotaCounts, false],
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const groupKey = (dim: string | null, grp: string | null) => `${dim ?? ''}\u0000${grp ?? ''}`;

function assertFilter(filter: IndicatorFilter): void {
  for (const name of ['from', 'to'] as const) {
    const v = filter[name];
    if (v != null && (!DATE.test(v) || Number.isNaN(Date.parse(v))))
      throw new DomainError('VALIDATION_FAILED', `${name} must be a date yyyy-mm-dd`);
  }
  if (filter.from && filter.to && filter.from > filter.to)
    throw new DomainError('VALIDATION_FAILED', 'from must not be after to');
}

/**
 * The programme, its rules (days per month, vulnerable-group quotas) and its logframe (with the programme's
 * small-cell threshold).
 */
export async function programmeSetup(
  em: EntityManager,
  programmeId: string,
): Promise<{
  programme: ProgrammeEntity;
  logframe: Logframe;
  daysPerMonth: number;
  quotas: { group: string; minPercent: number }[];
}> {
  const programme = await em.findOne(ProgrammeEntity, { id: programmeId });
  if (!programme) throw new DomainError('NOT_FOUND', `No programme ${programmeId}`);
  // The programme's own logframe (else the bundled one of its rules id), with the programme's threshold.
  const logframe = programme.logframe ?? logframeFor(programme.rulesId);
  const rules = await loadProgrammeRules(em, programme.rulesId, programme.rulesVersion);
  return {
    programme,
    logframe: { ...logframe, smallCellThreshold: programme.smallCellThreshold },
    daysPerMonth: rules.daysPerMonth,
    quotas: rules.selection.vulnerableGroupQuotas,
  };
}

/**
 * The programme's indicators over the read model (beneficiary, journey, journey_event, evidence),
 * for the filter's people and period, each with its total and a breakdown per group of each
 * requested dimension, and the logframe's target where it has one. One SQL statement per family
 * plus one for the population counts (COUNT denominators), run in parallel on the pool.
 */
export async function computeIndicators(
  em: EntityManager,
  filter: IndicatorFilter,
  dimensions: Dimension[],
): Promise<IndicatorFigure[]> {
  assertFilter(filter);
  const dims = [...new Set(dimensions)];
  const { logframe, daysPerMonth, quotas } = await programmeSetup(em, filter.programmeId);
  const cohort = filter.cohortId
    ? await em.fork().findOne(CohortEntity, { id: filter.cohortId, programmeId: filter.programmeId })
    : null;
  const targets = quotaTargets(applicableQuotas(cohort?.quotas ?? null, quotas));
  const ctx: FamilyContext = {
    period: { from: filter.from ?? null, to: filter.to ?? null },
    daysPerMonth,
    businessStartWithinMonths: logframe.businessStartWithinMonths,
  };
  const [popStatement, ...familyStatements] = indicatorStatements(filter, dims, logframe, ctx);
  const popCounts = runStatement<{ dim: Dimension | null; grp: string | null; n: number }>(em, popStatement);
  const families = familyStatements.map((st) => runStatement<AggregateRow>(em, st));
  const [groups, ...results] = await Promise.all([popCounts, ...families]);
  return assembleFigures(results.flat(), groups, logframe, targets);
}

/**
 * One statement in its own read-only transaction (its own pooled connection, so the families run in
 * parallel) with work_mem raised for it alone: the grouping sorts of 100k people stay in memory.
 */
async function runStatement<T>(em: EntityManager, st: { sql: string; params: unknown[] }): Promise<T[]> {
  return em.fork().transactional(
    async (tx) => {
      const conn = tx.getConnection();
      const trx = tx.getTransactionContext<Knex.Transaction>();
      await conn.execute(`set local work_mem = '64MB'`, [], 'run', trx);
      return conn.execute<T[]>(st.sql, st.params, 'all', trx);
    },
    { readOnly: true },
  );
}

/**
 * The SQL statements of a computation: population counts first, then one per family (also used by the benchmark's
 * EXPLAIN).
 */
export function indicatorStatements(
  filter: IndicatorFilter,
  dims: readonly Dimension[],
  logframe: Logframe,
  ctx: FamilyContext,
): { name: string; sql: string; params: unknown[] }[] {
  const popQ = new SqlParams();
  const statements = [
    {
      name: 'population',
      sql: populationCountSql(populationSql(popQ, filter, logframe.ageBands), dims),
      params: popQ.values,
    },
  ];
  for (const [family, amounts] of FAMILIES) {
    const q = new SqlParams();
    const pop = populationSql(q, filter, logframe.ageBands);
    statements.push({ name: family.name, sql: aggregateSql(pop, family(q, ctx), dims, amounts), params: q.values });
  }
  return statements;
}

/**
 * Rows to figures: COUNT denominators from the population (or the family total), groups filled, targets
 * attached (the logframe's, else a quota's minimum share; every quota group shows).
 */
function assembleFigures(
  rows: AggregateRow[],
  groups: { dim: Dimension | null; grp: string | null; n: number }[],
  logframe: Logframe,
  quotaTargets: Map<string, number>,
): IndicatorFigure[] {
  const population = new Map(groups.map((g) => [groupKey(g.dim, g.grp), Number(g.n)]));
  const byKey = new Map<string, Map<string, AggregateRow>>();
  for (const r of rows) {
    if (!byKey.has(r.k)) byKey.set(r.k, new Map());
    byKey.get(r.k)!.set(groupKey(r.dim, r.grp), r);
  }
  for (const k of [...ALWAYS_PRESENT_KEYS, ...quotaTargets.keys()]) if (!byKey.has(k)) byKey.set(k, new Map());
  const keys = [...byKey.keys()].sort();
  return keys.map((key) => {
    const def = definitionOf(key);
    const cell = (dim: Dimension | null, grp: string | null) => {
      const r = byKey.get(key)!.get(groupKey(dim, grp));
      const num = r ? Number(r.num) : 0;
      let den = r ? Number(r.den) : 0;
      if (def.denominator === 'POPULATION' || (def.denominator === def.family && key === def.family))
        den = population.get(groupKey(dim, grp)) ?? 0;
      else if (def.denominator !== 'ROWS') den = Number(byKey.get(def.denominator)?.get(groupKey(dim, grp))?.num ?? 0);
      return { ...ratio(num, den), median: r?.med ?? null, mean: r?.mean ?? null };
    };
    const breakdown: IndicatorGroup[] = groups
      .filter((g) => g.dim !== null)
      .map((g) => ({ dimension: g.dim!, group: g.grp!, ...cell(g.dim, g.grp) }))
      .sort((a, b) => a.dimension.localeCompare(b.dimension) || a.group.localeCompare(b.group));
    const row = logframe.rows.find((l) => l.indicatorKey === key);
    const quotaTarget = quotaTargets.get(key) ?? null;
    return {
      key,
      level: row?.level ?? def.level,
      unit: def.unit,
      description: def.description,
      ...cell(null, null),
      target: row ? row.target : quotaTarget,
      baseline: row?.baseline ?? null,
      realisation: row?.realisation ?? (quotaTarget === null ? null : 'value'),
      logframeId: row?.id ?? null,
      breakdown,
    };
  });
}
