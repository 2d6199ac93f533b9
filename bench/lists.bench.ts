/**
 * Lists: `journeys(first: 50, filter)` and `myCaseload` over the seeded read model at each size of
 * `sizes` (10k, then grown to 100k), from the load generator (this process) against the API
 * process, beside the same SQL through `pg` behind bare `http` (own process), and beside the same
 * API code with its guards left out (security overhead). Goals: p99 within 2× the baseline; p99 at
 * the largest size within 2× of the smallest; SQL statements per request constant in page size;
 * indexes used (plans in the results).
 */
import type { Pool } from 'pg';
import type { JourneyFilter } from '../api/journey/journey-list.input';
import { compare, type BenchReport } from './bench-report';
import { cpuPerOp, type BenchProcess } from './bench-processes';
import { ENROLL, enrolmentInput, nextNik } from './enrolment.bench';
import { gql, request, type Identity } from './http-client';
import { explainPlans, statementsPerRequest, type ListCase } from './lists-facts';
import { seedJourneys } from './lists-seed';
import { runLoad, type LoadResult } from './load-loop';

const CARD =
  'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id stage status welfareLevel regionCode ' +
  'facilitatorId overdue { kind key } nextAction { action by dueAt } beneficiary { name nikMasked } } }';
const JOURNEYS =
  'query L($filter: JourneyFilter, $first: Int) ' + `{ journeys(filter: $filter, first: $first) { ${CARD} } }`;
const CASELOAD = `query C($first: Int) { myCaseload(first: $first) { ${CARD} } }`;
const FILTER: JourneyFilter = { regionCode: '52.*', stages: ['IN_INTERVENTION'] };
/** A list answer as the load reads it: the page's edges under the list's name (each query asks for one of the two). */
type ListPages = Record<'journeys' | 'myCaseload', { edges: unknown[] }>;
/**
 * The journeys load is spread over this many managers (the caseload over every facilitator), each under the
 * rate limit.
 */
const MANAGERS = 8;

export interface ListDeps {
  api: BenchProcess;
  baseline: BenchProcess;
  pool: Pool;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  jwtSecret: string;
  stamp: string;
  /** The same API code with its guards left out (bench/fixtures/unguarded-api.main.ts). */
  unguarded: BenchProcess;
}

/**
 * A template journey state for the seed: enrols one through the API when the read model is empty (lists run
 * alone).
 */
async function ensureJourney(deps: ListDeps): Promise<void> {
  if ((await deps.pool.query('select 1 from journey limit 1')).rowCount) return;
  await gql(deps.api.url!, ENROLL, {
    input: enrolmentInput(nextNik(), 'facilitator-0'),
    key: `bench-lists-template-${deps.stamp}`,
  });
}

function listCases(facilitators: number): { cases: ListCase[]; who: (k: number, i: number) => Identity } {
  const facilitator = (i: number): Identity => ({ user: `seed-facilitator-${i % facilitators}`, role: 'facilitator' });
  const manager = (i: number): Identity => ({ user: `bench-manager-${i % MANAGERS}`, role: 'manager' });
  const cases: ListCase[] = [
    {
      name: 'journeys(first: 50, filter: region 52.*, stage IN_INTERVENTION)',
      query: JOURNEYS,
      variables: (first) => ({ filter: FILTER, first }),
      who: manager(0),
      sql: { kind: 'journeys', filter: FILTER },
    },
    {
      name: 'myCaseload(first: 50)',
      query: CASELOAD,
      variables: (first) => ({ first }),
      who: facilitator(1),
      sql: { kind: 'caseload', facilitatorId: facilitator(1).user },
    },
  ];
  return { cases, who: (k, i) => (k === 1 ? facilitator(i) : manager(i)) };
}

export async function listsBench(
  report: BenchReport,
  deps: ListDeps,
  sizes: number[],
  seconds: number,
  concurrency: number,
): Promise<void> {
  await ensureJourney(deps);
  const perCaller = new Map<string, number>();
  const p99s: LoadResult[][] = [];
  let seededTo = 0;
  for (const rows of sizes) {
    const seeded = await seedJourneys(deps.pool, rows, deps.stamp, seededTo);
    seededTo = rows;
    const total = (await deps.pool.query<{ n: string }>('select count(*) as n from journey')).rows[0].n;
    report.facts[`Lists: read model at ${rows} rows`] =
      `${seeded.rows} journeys seeded by SQL in ${seeded.seconds.toFixed(1)} s (${total} in all), ` +
      `${seeded.facilitators} facilitators of 100 journeys`;
    const { cases, who } = listCases(seeded.facilitators);
    for (const [k, v] of Object.entries(
      await statementsPerRequest(deps.databaseUrl, deps.temporalAddress, deps.namespace, deps.jwtSecret, cases),
    ))
      report.facts[`${k} at ${rows} rows`] = v;
    await explainPlans(deps.pool, report, cases, rows);

    for (const [k, c] of cases.entries()) {
      const apiJob = (api: BenchProcess, counted: boolean) => async (i: number) => {
        const caller = who(k, i);
        if (counted) perCaller.set(caller.user, (perCaller.get(caller.user) ?? 0) + 1);
        const data = await gql<ListPages>(api.url!, c.query, c.variables(50), caller);
        if ((k === 1 ? data.myCaseload : data.journeys).edges.length === 0) throw new Error('empty page');
      };
      const baseJob = async (i: number) => {
        const list = k === 1 ? { kind: 'caseload' as const, facilitatorId: who(k, i).user } : c.sql;
        const res = await request(`${deps.baseline.url}/list`, { list, first: 50 });
        if (res.status !== 200) throw new Error(`baseline HTTP ${res.status}`);
      };
      const measure = async (proc: BenchProcess, label: string, job: (i: number) => Promise<void>) => {
        await runLoad({ label: 'warm', concurrency, seconds: 1, job });
        return cpuPerOp(
          [proc],
          (r) => r.done,
          () => runLoad({ label, concurrency, seconds, job }),
        );
      };
      const on = await measure(deps.api, c.name, apiJob(deps.api, true));
      const off = await measure(deps.unguarded, 'guards off', apiJob(deps.unguarded, false));
      const base = await measure(deps.baseline, 'baseline', baseJob);
      const kase = `${c.name} at ${rows} rows, concurrency ${concurrency}, ${seconds} s`;
      report.facts[`Lists CPU, ${c.name} at ${rows} rows`] =
        `Jejak: ${on.perOp}; guards off: ${off.perOp}; baseline: ${base.perOp}`;
      report.rows.push(
        compare('Lists', kase, on.result, base.result, 'same SQL via pg + bare http', 'p99', {
          text: 'p99 ≤ 2× baseline',
          met: (r) => r <= 2,
        }),
      );
      report.rows.push(
        compare(
          'Security overhead',
          `${kase}: guards on vs off`,
          on.result,
          off.result,
          'same API code, guards left out',
          'p50',
        ),
      );
      report.facts[`Security overhead, ${c.name} at ${rows} rows`] =
        `on/off p50 ${(on.result.p50Ms / off.result.p50Ms).toFixed(2)}×, ` +
        `p99 ${(on.result.p99Ms / off.result.p99Ms).toFixed(2)}×, ` +
        `rate ${(on.result.perSecond / off.result.perSecond).toFixed(2)}×; ` +
        `API CPU ms per request on: ${on.perOp.replace(/^api /, '')}, off: ${off.perOp.replace(/^api-unguarded /, '')}`;
      (p99s[k] ??= []).push(on.result);
    }
  }
  if (sizes.length > 1) {
    const [small, big] = [sizes[0], sizes[sizes.length - 1]];
    for (const [k, c] of listCases(1).cases.entries()) {
      report.rows.push(
        compare(
          'Lists',
          `${c.name}: p99 at ${big} rows vs at ${small} rows`,
          p99s[k][sizes.length - 1],
          p99s[k][0],
          `same list at ${small} rows`,
          'p99',
          { text: `p99 ≤ 2× at ${small}`, met: (r) => r <= 2 },
        ),
      );
    }
  }
  report.facts['Lists: rate limit'] =
    `the guarded API runs with RATE_LIMIT_PER_MINUTE=${process.env.RATE_LIMIT_PER_MINUTE ?? '600 (default)'} ` +
    `per caller; the journeys load is spread over ${MANAGERS} managers and myCaseload over every seeded ` +
    `facilitator: at most ${Math.max(0, ...perCaller.values())} requests per caller in this whole step ` +
    '(warm-ups included; the limit is per minute, so fewer in any minute). A RATE_LIMITED answer would count ' +
    'as a failed request of its row (failed count and first errors shown)';
}
