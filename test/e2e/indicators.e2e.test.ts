import { randomUUID } from 'node:crypto';
import { definitionOf } from '../../domain/indicator/indicator-catalogue';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import { startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';
import { accessContributions } from '../support/indicator-access-oracle';
import { aggregate, contributions, loadRaw, type Cell } from '../support/indicator-oracle';
import {
  aggregateGroups,
  groupPeopleContributions,
  groupRowsOf,
  loadGroupRaw,
} from '../support/indicator-group-oracle';
import { expectedQuotas } from '../support/indicator-quota-oracle';
import { COHORT_B_QUOTAS, PATHS, seedCohort, type Person } from '../support/indicator-scenario';

/**
 * The M&E indicators on a realistic cohort: 200 people through every path of the journey over
 * the real API and workflow (training-sandbox clocks), then every figure the API returns checked
 * against an independent computation from the raw rows (test/support/indicator-oracle.ts), in
 * total and per group of every dimension, and a few against what the test itself did.
 */
const FIGURE = `key level unit numerator denominator value median mean target realisation logframeId suppressed
  breakdown { dimension group numerator denominator value median mean suppressed }`;
const INDICATORS = `query($programmeId: ID!, $filter: IndicatorFilterInput, $by: [IndicatorDimension!]) {
  programmeIndicators(programmeId: $programmeId, filter: $filter, disaggregateBy: $by) { ${FIGURE} } }`;
const ALL_DIMS = ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION', 'COHORT'];

/** The numbers of a figure or of one of its groups, as FIGURE reads them. */
interface Numbers {
  numerator: number;
  denominator: number;
  value: number | null;
  median: number | null;
  mean: number | null;
  suppressed: boolean;
}
interface Group extends Numbers {
  dimension: string;
  group: string;
}
interface Figure extends Numbers {
  key: string;
  level: string;
  unit: string;
  target: number | null;
  realisation: string | null;
  logframeId: string | null;
  breakdown: Group[];
}
interface LogframeRow {
  id: string;
  level: string;
  indicatorKey: string;
  target: number | null;
  realised: number | null;
  figure: Pick<Figure, 'key' | 'numerator' | 'denominator' | 'value' | 'median'> | null;
}
const PROGRAMME = 'training-sandbox';

describe('programme indicators on a seeded cohort of 200', () => {
  let app: AppHarness;
  let people: Person[];
  const runId = `ind-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    app = await startAppHarness();
    const started = Date.now();
    people = await seedCohort(app, runId);
    expect(people.length).toBeGreaterThanOrEqual(200);
    process.stdout.write(`seeded ${people.length} journeys in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    await app.stopWorker(); // freeze the read model: timers keep firing on the server but nothing is recorded
  }, 1_200_000); // ~1,600 commands: minutes on an idle 2-core machine, far more when it is shared
  afterAll(async () => {
    await app?.stop();
  });

  const figures = async (
    filter: Record<string, unknown> | null,
    identity: TestIdentity = { user: 'manager-1', role: 'manager' },
  ): Promise<Figure[]> => {
    const res = await app.gql<{ programmeIndicators: Figure[] }>(
      INDICATORS,
      { programmeId: PROGRAMME, filter, by: ALL_DIMS },
      identity,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.programmeIndicators;
  };

  function compare(api: Figure[], expected: Map<string, Map<string, Cell>>): string[] {
    const diffs: string[] = [];
    const byKey = new Map(api.map((f) => [f.key, f]));
    const close = (a: number | null, b: number | null) =>
      a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    for (const key of new Set([...byKey.keys(), ...expected.keys()])) {
      const f = byKey.get(key);
      const want = expected.get(key);
      if (!f) {
        if ([...(want?.values() ?? [])].some((c) => c.num !== 0)) diffs.push(`${key}: missing from the API`);
        continue;
      }
      const cells: [string, Numbers][] = [
        ['', f],
        ...f.breakdown.map((g): [string, Numbers] => [`${g.dimension}/${g.group}`, g]),
      ];
      for (const [g, got] of cells) {
        const w = want?.get(g) ?? {
          num: 0,
          den: definitionOf(key).denominator === 'POPULATION' ? got.denominator : 0,
          median: null,
          mean: null,
        };
        for (const field of ['num', 'den', 'median', 'mean'] as const) {
          const apiField = field === 'num' ? 'numerator' : field === 'den' ? 'denominator' : field;
          if (!close(got[apiField], w[field]))
            diffs.push(`${key} [${g || 'total'}] ${apiField}: api ${got[apiField]} vs raw ${w[field]}`);
        }
        const value = got.denominator === 0 ? null : got.numerator / got.denominator;
        if (!close(got.value, value))
          diffs.push(`${key} [${g || 'total'}] value ${got.value} is not numerator/denominator`);
      }
    }
    return diffs;
  }

  const independent = async (cohortId: string | null) => {
    const raw = await loadRaw(app.orm.em.fork(), PROGRAMME, cohortId);
    const rules = getProgrammeRules(PROGRAMME, 1);
    const rows = contributions(raw, rules.daysPerMonth, logframeFor(PROGRAMME).businessStartWithinMonths);
    // Groups other tests left in the programme (test/support/indicator-group-oracle.ts): all time.
    const groups = await loadGroupRaw(app.orm.em.fork());
    const allTime = { from: null, to: null };
    rows.push(...groupPeopleContributions(groups, raw.people, allTime));
    rows.push(...accessContributions(raw, groups));
    const quotas = await expectedQuotas(app.orm.em.fork(), cohortId, rules.selection.vulnerableGroupQuotas);
    const expected = aggregate(
      raw.people,
      rows,
      (k) => {
        const d = definitionOf(k);
        return d.denominator === d.family && k === d.family ? 'POPULATION' : d.denominator;
      },
      quotas.map((q) => `quota:${q.group}`),
    );
    for (const [key, cells] of aggregateGroups(groupRowsOf(groups, PROGRAMME, cohortId, allTime)))
      expected.set(key, cells);
    return { raw, quotas, expected };
  };

  it.each([['a'], ['b'], [null]])(
    'every indicator of cohort %s (null: the whole programme) equals the independent computation, ' +
      'in total and per group',
    async (suffix) => {
      const cohortId = suffix ? `${runId}-${suffix}` : null;
      const api = await figures(cohortId ? { cohortId } : null);
      const { expected, quotas } = await independent(cohortId);
      expect(compare(api, expected)).toEqual([]);
      expect(api.length).toBeGreaterThan(40);
      // Quota figures aim at the quota's minimum share (the cohort's, else the rules'); other groups at nothing.
      for (const f of api.filter((x) => x.key.startsWith('quota:'))) {
        const quota = quotas.find((q) => `quota:${q.group}` === f.key);
        expect([f.key, f.level, f.unit, f.target, f.realisation]).toEqual([
          f.key,
          'OUTPUT',
          'RATIO',
          quota ? quota.minPercent / 100 : null,
          quota ? 'value' : null,
        ]);
      }
      expect(api.filter((f) => f.key.startsWith('quota:')).length).toBeGreaterThanOrEqual(quotas.length);
    },
  );

  it('matches what the test did: people per path, exits, referrals, graduations', async () => {
    const count = (path: string) => PATHS.find(([p]) => p === path)![1];
    const cohorts = [await figures({ cohortId: `${runId}-a` }), await figures({ cohortId: `${runId}-b` })];
    const sum = (key: string) =>
      Promise.resolve(cohorts.reduce((total, fs) => total + (fs.find((f) => f.key === key)?.numerator ?? 0), 0));
    expect(await sum('enrolled')).toBe(PATHS.reduce((s, [, n]) => s + n, 0));
    expect(await sum('stage:ENROLLED')).toBe(count('ENROLLED'));
    expect(await sum('stage:COMPLETED')).toBe(count('COMPLETED') + count('INTENSIVE_GRADUATE'));
    expect(await sum('stage:TERMINATED')).toBe(count('TERMINATE'));
    expect(await sum('exits')).toBe(count('EXIT') + count('WITHDRAW') + count('TERMINATE'));
    expect(await sum('exits:WITHDRAWN')).toBe(count('WITHDRAW'));
    expect(await sum('referred')).toBe(count('REFERRAL'));
    expect(await sum('graduated')).toBe(
      count('COMPLETED') + count('FOLLOWING_UP') + count('REFERRAL') + count('INTENSIVE_GRADUATE'),
    );
    const accepted = people.filter((p) => p.path === 'REFERRAL' && p.i % 3 !== 0).length;
    expect(await sum('referral_acceptance_rate')).toBe(accepted);
  });

  it("shows each cohort's vulnerable-group quotas over the people the test enrolled, an empty group as 0", async () => {
    const cohortB = await figures({ cohortId: `${runId}-b` });
    const quota = (fs: Figure[], group: string) => fs.find((f) => f.key === `quota:${group}`)!;
    const inB = people.filter((p) => p.cohort === `${runId}-b`);
    expect(quota(cohortB, 'DISABILITY')).toMatchObject({
      numerator: inB.filter((p) => p.i % 5 === 0).length,
      denominator: inB.length,
      target: COHORT_B_QUOTAS[0].minPercent / 100,
    });
    expect(quota(cohortB, 'ELDERLY')).toMatchObject({ numerator: 0, denominator: inB.length, value: 0, target: 0.05 });
    // A group people belong to without a quota of the cohort still shows, with no target.
    expect(quota(cohortB, 'FEMALE_HEAD_OF_HOUSEHOLD')).toMatchObject({
      numerator: inB.filter((p) => p.i % 5 !== 0).length,
      target: null,
    });
    // Cohort a took the programme rules' quotas at creation; the programme-wide figures aim at the rules'.
    const inA = people.filter((p) => p.cohort === `${runId}-a`);
    expect(quota(await figures({ cohortId: `${runId}-a` }), 'DISABILITY')).toMatchObject({
      numerator: inA.filter((p) => p.i % 5 === 0).length,
      denominator: inA.length,
      target: 0.1,
    });
    const programme = await figures(null);
    expect([quota(programme, 'DISABILITY').target, quota(programme, 'FEMALE_HEAD_OF_HOUSEHOLD').target]).toEqual([
      0.1, 0.3,
    ]);
    expect(programme.some((f) => f.key === 'quota:ELDERLY')).toBe(false);
  });

  it('filters by region and period, and withholds small cells from viewers only', async () => {
    const all = await figures({ cohortId: `${runId}-a` });
    const region52 = await figures({ cohortId: `${runId}-a`, regionPrefix: '52' });
    const enrolled = (fs: Figure[]) => fs.find((f) => f.key === 'enrolled')!;
    expect(enrolled(region52).numerator).toBe(
      enrolled(all).breakdown.find((g) => g.dimension === 'REGION' && g.group === '52')!.numerator,
    );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(enrolled(await figures({ cohortId: `${runId}-a`, to: yesterday })).denominator).toBe(0);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = await figures({ cohortId: `${runId}-a`, from: tomorrow });
    expect(later.find((f) => f.key === 'graduated')!.numerator).toBe(0);
    expect(enrolled(later).denominator).toBe(enrolled(all).denominator);
    // The quota family honours the same filter: region, and enrolment within the period.
    const disability = (fs: Figure[]) => fs.find((f) => f.key === 'quota:DISABILITY')!;
    const disability52 = disability(all).breakdown.find((g) => g.dimension === 'REGION' && g.group === '52')!;
    expect([disability(region52).numerator, disability(region52).denominator]).toEqual([
      disability52.numerator,
      disability52.denominator,
    ]);
    expect(disability(later)).toMatchObject({ numerator: 0, denominator: 0, value: null, target: 0.1 });

    const viewer = await figures({ cohortId: `${runId}-a` }, { user: 'viewer-1', role: 'viewer' });
    const threshold = logframeFor(PROGRAMME).smallCellThreshold;
    const hidden = viewer.flatMap((f) => f.breakdown).filter((g) => g.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const g of hidden) expect(g).toMatchObject({ numerator: 0, denominator: 0, value: null });
    const managerCells = all.flatMap((f) => f.breakdown);
    expect(managerCells.some((g) => g.suppressed)).toBe(false);
    expect(managerCells.some((g) => g.denominator > 0 && g.denominator < threshold)).toBe(true);
  });

  it('gives the logframe with targets and realisations, scoped to the caller', async () => {
    const res = await app.gql<{ logframe: { rows: LogframeRow[] } }>(
      'query($p: ID!, $f: IndicatorFilterInput) { logframe(programmeId: $p, filter: $f) { logframeId version ' +
        'rows { id level indicatorKey target realised figure { key numerator denominator value median } } } }',
      { p: PROGRAMME, f: { cohortId: `${runId}-a` } },
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.logframe.rows;
    expect(rows.map((r) => r.level)).toEqual(expect.arrayContaining(['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY']));
    const understanding = rows.find((r) => r.indicatorKey === 'improved_understanding_rate')!;
    expect(understanding.target).toBe(0.8);
    expect(understanding.realised).toBeCloseTo(understanding.figure!.numerator / understanding.figure!.denominator, 9);
    const outOfScope = await app.gql(
      `query { programmeIndicators(programmeId: "training-sandbox") { key } }`,
      {},
      {
        user: 'm2',
        role: 'manager',
        programmes: ['default'],
        regions: ['*'],
      },
    );
    expect(outOfScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherRegion = await app.gql(
      INDICATORS,
      { programmeId: PROGRAMME, filter: { cohortId: `${runId}-a` }, by: [] },
      { user: 'm3', role: 'manager', programmes: ['*'], regions: ['31'] },
    );
    const e = otherRegion.data!.programmeIndicators.find((f: Figure) => f.key === 'enrolled');
    const region31 = (await figures({ cohortId: `${runId}-a`, regionPrefix: '31' })).find((f) => f.key === 'enrolled')!;
    expect(e.numerator).toBe(region31.numerator);
  });
});
