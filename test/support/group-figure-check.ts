import { definitionOf } from '../../domain/indicator/indicator-catalogue';
import { MANAGER, type AppHarness, type TestIdentity } from './app-harness';
import {
  aggregateGroups,
  groupPeopleContributions,
  groupRowsOf,
  loadGroupRaw,
  type OraclePeriod,
} from './indicator-group-oracle';
import { aggregate, loadRaw, type Cell } from './indicator-oracle';

/**
 * The group figures of programmeIndicators for one cohort, and their check against the independent computation
 * from the raw rows (test/support/indicator-group-oracle.ts): every group key, in total and in every breakdown
 * cell, numerator, denominator, median and mean.
 */
const FIGURE = `key level unit subject numerator denominator value median mean suppressed
  breakdown { dimension group numerator denominator value median mean suppressed }`;
const INDICATORS = `query($programmeId: ID!, $filter: IndicatorFilterInput, $by: [IndicatorDimension!]) {
  programmeIndicators(programmeId: $programmeId, filter: $filter, disaggregateBy: $by) { ${FIGURE} } }`;
export const ALL_DIMS = ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION', 'COHORT'];

export interface FigureNumbers {
  numerator: number;
  denominator: number;
  value: number | null;
  median: number | null;
  mean: number | null;
  suppressed: boolean;
}
export interface Figure extends FigureNumbers {
  key: string;
  subject: string;
  breakdown: (FigureNumbers & { dimension: string; group: string })[];
}

/** A cohort's figures over a period, broken down by every dimension, as `identity` sees them. */
export async function cohortFigures(
  app: Pick<AppHarness, 'gql'>,
  programmeId: string,
  cohortId: string,
  period: OraclePeriod,
  identity: TestIdentity = MANAGER,
): Promise<Figure[]> {
  const filter = { cohortId, ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
  const res = await app.gql<{ programmeIndicators: Figure[] }>(
    INDICATORS,
    { programmeId, filter, by: ALL_DIMS },
    identity,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.programmeIndicators;
}

export const figureOf = (fs: Figure[], key: string): Figure => fs.find((f) => f.key === key)!;
export const cellOf = (f: Figure, dimension: string, group: string) =>
  f.breakdown.find((g) => g.dimension === dimension && g.group === group)!;

/** The group figures the raw rows give: people rows over the cohort's people, group rows over its groups. */
export async function independentGroupFigures(
  app: Pick<AppHarness, 'orm'>,
  programmeId: string,
  cohortId: string,
  period: OraclePeriod,
): Promise<Map<string, Map<string, Cell>>> {
  const raw = await loadGroupRaw(app.orm.em.fork());
  const { people } = await loadRaw(app.orm.em.fork(), programmeId, cohortId);
  const rows = groupPeopleContributions(raw, people, period);
  const expected = aggregate(people, rows, (k) => definitionOf(k).denominator);
  for (const [key, cells] of aggregateGroups(groupRowsOf(raw, programmeId, cohortId, period))) expected.set(key, cells);
  return expected;
}

/** Every difference between the API's group figures and the independent ones, in words (none: equal). */
export function groupFigureDifferences(api: Figure[], expected: Map<string, Map<string, Cell>>): string[] {
  const diffs: string[] = [];
  const close = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const groupFigures = api.filter((f) => f.key.startsWith('group_'));
  for (const [key, cells] of expected)
    if (!groupFigures.some((f) => f.key === key) && [...cells.values()].some((c) => c.num !== 0))
      diffs.push(`${key}: missing from the API`);
  for (const f of groupFigures) {
    const want = expected.get(f.key);
    const cells: [string, FigureNumbers][] = [
      ['', f],
      ...f.breakdown.map((g): [string, FigureNumbers] => [`${g.dimension}/${g.group}`, g]),
    ];
    for (const [g, got] of cells) {
      const w = want?.get(g) ?? {
        num: 0,
        den: definitionOf(f.key).denominator === 'POPULATION' ? got.denominator : 0,
        median: null,
        mean: null,
      };
      for (const [field, apiField] of [
        ['num', 'numerator'],
        ['den', 'denominator'],
        ['median', 'median'],
        ['mean', 'mean'],
      ] as const)
        if (!close(got[apiField], w[field]))
          diffs.push(`${f.key} [${g || 'total'}] ${apiField}: api ${got[apiField]} vs raw ${w[field]}`);
    }
  }
  return diffs;
}
