/**
 * Lists: `journeys(first: 50, filter)` and `myCaseload` over the seeded read model, from the load
 * generator (this process) against the API process, beside the same SQL through `pg` behind bare
 * `http` (own process). Goals: p99 within 2× the baseline; SQL statements per request constant in
 * page size; indexes used (plans in the results).
 */
import type { Pool } from 'pg';
import { compare, type BenchReport } from './bench-report';
import { cpuPerOp, type BenchProcess } from './bench-processes';
import { gql, MANAGER, request, type Identity } from './http-client';
import { explainPlans, statementsPerRequest, type ListCase } from './lists-facts';
import { seedJourneys } from './lists-seed';
import { runLoad } from './load-loop';

const CARD = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id stage status welfareLevel regionCode facilitatorId overdue { kind key } nextAction { action by dueAt } beneficiary { name nikMasked } } }';
const JOURNEYS = `query L($filter: JourneyFilter, $first: Int) { journeys(filter: $filter, first: $first) { ${CARD} } }`;
const CASELOAD = `query C($first: Int) { myCaseload(first: $first) { ${CARD} } }`;
const FILTER = { regionCode: '52.*', stages: ['IN_INTERVENTION'] };

export interface ListDeps { api: BenchProcess; baseline: BenchProcess; pool: Pool; databaseUrl: string; temporalAddress: string; namespace: string; jwtSecret: string; stamp: string }

export async function listsBench(report: BenchReport, deps: ListDeps, rows: number, seconds: number, concurrency: number): Promise<void> {
  const seeded = await seedJourneys(deps.pool, rows, deps.stamp);
  const total = (await deps.pool.query<{ n: string }>('select count(*) as n from journey')).rows[0].n;
  report.facts['Lists: read model'] = `${seeded.rows} journeys seeded by SQL in ${seeded.seconds.toFixed(1)} s (${total} in all), ${seeded.facilitators} facilitators of ~100 journeys`;
  const who = (i: number): Identity => ({ user: `seed-facilitator-${i % seeded.facilitators}`, role: 'facilitator' });
  const cases: ListCase[] = [
    { name: 'journeys(first: 50, filter: region 52.*, stage IN_INTERVENTION)', query: JOURNEYS, variables: (first) => ({ filter: FILTER, first }), who: MANAGER,
      sql: { kind: 'journeys', filter: FILTER } },
    { name: 'myCaseload(first: 50)', query: CASELOAD, variables: (first) => ({ first }), who: who(1), sql: { kind: 'caseload', facilitatorId: who(1).user } },
  ];
  Object.assign(report.facts, await statementsPerRequest(deps.databaseUrl, deps.temporalAddress, deps.namespace, deps.jwtSecret, cases));
  await explainPlans(deps.pool, report, cases, rows);

  for (const [k, c] of cases.entries()) {
    const caseload = k === 1;
    const jejakJob = async (i: number) => {
      const data = await gql(deps.api.url!, c.query, c.variables(50), caseload ? who(i) : c.who);
      if ((caseload ? data.myCaseload : data.journeys).edges.length === 0) throw new Error('empty page');
    };
    const baseJob = async (i: number) => {
      const list = caseload ? { kind: 'caseload' as const, facilitatorId: who(i).user } : c.sql;
      const res = await request(`${deps.baseline.url}/list`, { list, first: 50 });
      if (res.status !== 200) throw new Error(`baseline HTTP ${res.status}`);
    };
    await runLoad({ label: 'warm', concurrency, seconds: 1, job: jejakJob });
    const { result: jejak, perOp: jejakCpu } = await cpuPerOp([deps.api], (r) => r.done, () => runLoad({ label: c.name, concurrency, seconds, job: jejakJob }));
    await runLoad({ label: 'warm', concurrency, seconds: 1, job: baseJob });
    const { result: base, perOp: baseCpu } = await cpuPerOp([deps.baseline], (r) => r.done, () => runLoad({ label: 'baseline', concurrency, seconds, job: baseJob }));
    report.facts[`Lists CPU, ${c.name}`] = `Jejak: ${jejakCpu}; baseline: ${baseCpu}`;
    report.rows.push(compare('Lists', `${c.name} at ${rows} rows, concurrency ${concurrency}, ${seconds} s`, jejak, base, 'same SQL via pg + bare http', 'p99',
      { text: 'p99 ≤ 2× baseline', met: (r) => r <= 2 }));
  }
}
