import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { CohortEntity, ProgrammeEntity } from '../entities';
import { DomainError } from '../../domain/errors/error-codes';
import type { Dimension, IndicatorFigure, IndicatorFilter } from '../../domain/indicator/indicator.types';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import type { Logframe } from '../../domain/indicator/logframe.types';
import { applicableQuotas, quotaTargets } from '../../domain/indicator/quota-indicator.rules';
import { loadProgrammeRules } from '../programme/programme-rules.store';
import { assembleFigures, type GroupCount } from './indicator-figures';
import type { FamilyContext } from './indicator-flow.sql';
import type { AggregateRow } from './indicator-query.sql';
import { indicatorStatements, type Statement } from './indicator-statements.sql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
 * The programme's indicators over the read model (beneficiary, journey, the typed facts journey_fact,
 * journey_fact_answer and journey_module_fact, and the group tables), for the filter's people, groups and period,
 * each with its total and a breakdown per group of each requested dimension (group figures: the group's region and
 * cohort only), and the logframe's target where it has one. Two SQL statements over the people (each computing the
 * population once and half the families; the first also the population counts, the COUNT denominators) and two over
 * the groups of the period (counts and rows), run in parallel on the pool.
 */
export async function computeIndicators(
  em: EntityManager,
  filter: IndicatorFilter,
  dimensions: Dimension[],
): Promise<IndicatorFigure[]> {
  assertFilter(filter);
  const dims = [...new Set(dimensions)];
  // The programme's setup, the filtered cohort and the poverty lines are independent reads: asked together.
  const [{ logframe, daysPerMonth, quotas }, cohort, lines] = await Promise.all([
    programmeSetup(em, filter.programmeId),
    filter.cohortId
      ? em.fork().findOne(CohortEntity, { id: filter.cohortId, programmeId: filter.programmeId })
      : Promise.resolve(null),
    povertyLines(em, filter.programmeId),
  ]);
  const targets = quotaTargets(applicableQuotas(cohort?.quotas ?? null, quotas));
  const ctx: FamilyContext = {
    period: { from: filter.from ?? null, to: filter.to ?? null },
    daysPerMonth,
    businessStartWithinMonths: logframe.businessStartWithinMonths,
    povertyLines: lines,
  };
  const statements = indicatorStatements(filter, dims, logframe, ctx);
  const results = await Promise.all(statements.map((st) => runStatement<AggregateRow | GroupCount>(em, st)));
  const of = (role: Statement['role']) => results.filter((_, i) => statements[i].role === role).flat();
  // People statements return the population counts as rows without a key (num: the count) beside their figures.
  const people = of('people') as (Omit<AggregateRow, 'k'> & { k: string | null })[];
  return assembleFigures(
    [...people.filter((r): r is AggregateRow => r.k !== null), ...(of('family') as AggregateRow[])],
    people.filter((r) => r.k === null).map((r) => ({ dim: r.dim, grp: r.grp, n: r.num })),
    of('groups') as GroupCount[],
    logframe,
    targets,
  );
}

/** The poverty line (incomeMeasure.povertyLinePerCapitaMonthly) of each rules version of the programme's journeys. */
async function povertyLines(em: EntityManager, programmeId: string): Promise<FamilyContext['povertyLines']> {
  const versions = await em
    .fork()
    .getConnection()
    .execute<{ rules_id: string; rules_version: number }[]>(
      'select distinct rules_id, rules_version from journey where programme_id = ?',
      [programmeId],
    );
  const lines = await Promise.all(
    versions.map(async (v) => {
      const rules = await loadProgrammeRules(em.fork(), v.rules_id, v.rules_version);
      const line = rules.incomeMeasure?.povertyLinePerCapitaMonthly;
      return line === undefined ? [] : [{ rules_id: v.rules_id, version: v.rules_version, line }];
    }),
  );
  return lines.flat();
}

/**
 * One statement in its own read-only transaction (its own pooled connection, so the statements run in parallel) with
 * work_mem raised for it alone: the grouping sorts of 100k people stay in memory. Hash tables may take 8 times that
 * (hash_mem_multiplier): the planner cannot know that a family's rows sum to few keys and cells, and would sort its
 * rows (up to a million at 100k people) where a hash table of a few thousand entries does.
 */
async function runStatement<T>(em: EntityManager, st: { sql: string; params: unknown[] }): Promise<T[]> {
  return em.fork().transactional(
    async (tx) => {
      const conn = tx.getConnection();
      const trx = tx.getTransactionContext<Knex.Transaction>();
      await conn.execute(`set local work_mem = '64MB'`, [], 'run', trx);
      await conn.execute(`set local hash_mem_multiplier = 8`, [], 'run', trx);
      return conn.execute<T[]>(st.sql, st.params, 'all', trx);
    },
    { readOnly: true },
  );
}
