/**
 * The timer storm, used by `npm run bench:storm` and as a step of `npm run bench`. Two sets of N
 * journeys, each with one ACTIVE module whose MODULE_END deadline falls at a chosen instant: the
 * "spread" set's over `spreadS` seconds, then, 30 s after the last of those, the "aligned" set's
 * all inside one minute. Both sets are set up (storm-setup.ts) before the first deadline falls; the
 * first deadline is placed 2N / `setupRate` seconds (plus 20 s) after set-up begins. Then the same
 * instants, shifted, for N + N sleeping no-op workflows (the engine's own limit).
 */
import v8 from 'node:v8';
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { openMigratedOrm } from '../db/migrate';
import type { Figures, Row } from './bench-report';
import { setUpStormJourneys } from './storm-setup';
import {
  startSleepers,
  summarise,
  watchModuleOverdue,
  watchSleepers,
  type Fired,
  type StormFigures,
} from './storm-watch';

export interface StormDeps {
  pool: Pool;
  databaseUrl: string;
  temporal: TemporalClient;
  taskQueue: string;
  noopTaskQueue: string;
  stamp: string;
  /** Records the RSS of the processes under measurement, labelled. */
  sample: (after: string) => void;
  say: (msg: string) => void;
}
export interface StormOptions {
  n: number;
  spreadS: number;
  setupRate: number;
}
export interface StormCase {
  name: string;
  jejak: StormFigures;
  baseline: StormFigures;
}
export interface StormResult {
  cases: StormCase[];
  facts: Record<string, string>;
  problems: string[];
}

const ALIGNED_MS = 60_000;
const GAP_MS = 30_000;

/** The due instants of both sets from `t0`: spread over spreadS, then aligned inside one minute. */
export function planDues(n: number, spreadS: number, t0: number): { spread: number[]; aligned: number[] } {
  const alignedStart = t0 + spreadS * 1000 + GAP_MS;
  return {
    spread: Array.from({ length: n }, (_, i) => Math.round(t0 + (i * spreadS * 1000) / n)),
    aligned: Array.from({ length: n }, (_, i) => Math.round(alignedStart + (i * ALIGNED_MS) / n)),
  };
}

/**
 * What the worker's workflow cache holds by default (it sets no maxCachedWorkflows): the SDK's formula on this
 * Node's heap limit.
 */
export function defaultWorkflowCache(): string {
  const heapMiB = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  const cached = Math.max(Math.floor((Math.max(heapMiB - 200, 0) * 600) / 1024), 10);
  return (
    `maxCachedWorkflows not set: SDK default max(floor((heap limit - 200 MiB) × 600 / 1024), 10) = ${cached} ` +
    `at this Node's default heap limit of ${heapMiB.toFixed(0)} MiB (worker run without --max-old-space-size)`
  );
}

const byKey = (ids: string[], dues: number[]) => new Map(ids.map((id, i) => [id, dues[i]]));
const pick = (seen: Map<string, Fired>, keys: Iterable<string>) =>
  [...keys].map((k) => seen.get(k)).filter((f): f is Fired => !!f);

/**
 * What the product recorded for the storm's journeys: as for journeys that received the commands, plus one
 * OVERDUE step each.
 */
async function readModelFact(pool: Pool, ids: string[]): Promise<string> {
  const {
    rows: [r],
  } = await pool.query<{ journeys: number; overdue6: number; events: number; audits: number; accepted: number }>(
    `select count(*)::int as journeys,
      count(*) filter (where j.stage = 'IN_INTERVENTION' and j.overdue and j.seq = 6)::int as overdue6,
      (select count(*) from journey_event e where e.journey_id = any($1::uuid[]))::int as events,
      (select count(*) from audit_log a where a.journey_id = any($1::uuid[]))::int as audits,
      (select count(*) from evidence v where v.journey_id = any($1::uuid[]) and v.status = 'ACCEPTED')::int as accepted
    from journey j where j.id = any($1::uuid[])`,
    [ids],
  );
  return (
    `${r.journeys} journey rows, ${r.overdue6} at IN_INTERVENTION, overdue, seq 6; ` +
    `${r.events} journey_event rows (9 expected per journey), ` +
    `${r.audits} audit_log rows (6 per journey: one per step), ${r.accepted} accepted evidence rows (2 per journey)`
  );
}

export async function runStorm(deps: StormDeps, opts: StormOptions): Promise<StormResult> {
  const { n, spreadS } = opts;
  const facts: Record<string, string> = {};
  const problems: string[] = [];
  const lead = ((2 * n) / opts.setupRate + 20) * 1000;
  const t0 = Date.now() + lead;
  const dues = planDues(n, spreadS, t0);
  deps.say(`storm: setting up ${n} + ${n} journeys; first deadline in ${(lead / 1000).toFixed(0)} s`);
  const orm = await openMigratedOrm(deps.databaseUrl, 8);
  let spread, aligned;
  try {
    spread = await setUpStormJourneys(
      { pool: deps.pool, orm, temporal: deps.temporal, taskQueue: deps.taskQueue },
      dues.spread,
      `${deps.stamp}-spread`,
    );
    aligned = await setUpStormJourneys(
      { pool: deps.pool, orm, temporal: deps.temporal, taskQueue: deps.taskQueue },
      dues.aligned,
      `${deps.stamp}-aligned`,
    );
  } finally {
    await orm.close(true);
  }
  const slack = (t0 - Date.now()) / 1000;
  facts['Storm set-up (untimed)'] =
    `${2 * n} journeys built with the pure machine (enrol, assess, approve a one-module plan, ` +
    'schedule and attend a session), beneficiary rows by batched SQL, workflows started with `carried` input ' +
    `and earlier steps recorded by the recording activity: ${(spread.seconds + aligned.seconds).toFixed(0)} s ` +
    `(${spread.startsPerSecond.toFixed(1)} and ${aligned.startsPerSecond.toFixed(1)} journeys/s at concurrency 32); ` +
    `${slack.toFixed(0)} s to spare before the first deadline`;
  if (slack < 0)
    problems.push(
      `set-up overran the first deadline by ${(-slack).toFixed(0)} s: raise BENCH_STORM_SETUP_RATE's margin (lower it)`,
    );
  deps.sample(`storm set-up (${2 * n} journeys open)`);
  facts['Worker workflow cache'] = defaultWorkflowCache();

  const all = new Map([...spread.dueAt, ...aligned.dueAt]);
  const until = Math.max(...dues.aligned) + Math.max(300_000, n * 50);
  deps.say(
    `storm: waiting for ${2 * n} MODULE_END deadlines (spread from ${new Date(t0).toISOString().slice(11, 19)}, ` +
      `aligned minute from ${new Date(dues.aligned[0]).toISOString().slice(11, 19)})...`,
  );
  const seen = await watchModuleOverdue(deps.pool, all, until);
  deps.sample(`both storms (${2 * n} journeys open)`);
  facts['Storm read model afterwards'] = await readModelFact(deps.pool, [...all.keys()]);

  deps.say('storm: baseline (sleeping no-op workflows at the same instants, shifted)...');
  const b0 = Date.now() + ((2 * n) / (1.5 * opts.setupRate) + 20) * 1000;
  const bDues = planDues(n, spreadS, b0);
  const bKeys = (tag: string, d: number[]) =>
    byKey(
      d.map((_, i) => `storm-base-${deps.stamp}-${tag}-${i}`),
      d,
    );
  const bSpread = bKeys('spread', bDues.spread);
  const bAligned = bKeys('aligned', bDues.aligned);
  const rates = [
    await startSleepers(deps.temporal, deps.noopTaskQueue, bDues.spread, `${deps.stamp}-spread`),
    await startSleepers(deps.temporal, deps.noopTaskQueue, bDues.aligned, `${deps.stamp}-aligned`),
  ];
  const bSlack = (b0 - Date.now()) / 1000;
  facts['Storm baseline set-up'] =
    `${2 * n} sleepUntilWorkflow starts at ${rates.map((r) => r.toFixed(1)).join(' and ')}/s (concurrency 32); ` +
    `${bSlack.toFixed(0)} s to spare`;
  if (bSlack < 0) problems.push(`baseline set-up overran its first deadline by ${(-bSlack).toFixed(0)} s`);
  const bSeen = await watchSleepers(
    deps.temporal,
    deps.noopTaskQueue,
    new Map([...bSpread, ...bAligned]),
    Math.max(...bDues.aligned) + Math.max(300_000, n * 50),
  );
  deps.sample(`storm baseline (${2 * n} sleeping workflows, done)`);

  const cases: StormCase[] = [
    {
      name: `${n} MODULE_END deadlines spread over ${spreadS} s`,
      jejak: summarise(n, pick(seen, spread.ids)),
      baseline: summarise(n, pick(bSeen, bSpread.keys())),
    },
    {
      name: `${n} MODULE_END deadlines inside one minute`,
      jejak: summarise(n, pick(seen, aligned.ids)),
      baseline: summarise(n, pick(bSeen, bAligned.keys())),
    },
  ];
  for (const c of cases)
    if (c.jejak.seen < n || c.baseline.seen < n)
      problems.push(`${c.name}: Jejak saw ${c.jejak.seen}/${n}, baseline ${c.baseline.seen}/${n}`);
  return { cases, facts, problems };
}

export const stormCell = (f: StormFigures) =>
  `${f.seen}/${f.n} · due span ${f.dueSpanS.toFixed(1)} s · p50 ${f.p50Ms.toFixed(0)} · p99 ${f.p99Ms.toFixed(0)} ` +
  `· max ${f.maxMs.toFixed(0)} ms · drain ${f.drainS.toFixed(1)} s`;

/** Rows for bench-report: rate = effects per second from first due to last seen; ratio of p99 delays. */
export function stormRows(result: StormResult): Row[] {
  const fig = (f: StormFigures): Figures => ({
    perSecond: f.perSecond,
    p50Ms: f.p50Ms,
    p99Ms: f.p99Ms,
    done: f.seen,
    failed: f.n - f.seen,
  });
  return result.cases.map((c) => ({
    benchmark: 'Timer storm',
    case:
      `${c.name}: due → effect recorded (Jejak: OVERDUE row in journey_event; ` +
      `drain ${c.jejak.drainS.toFixed(1)} s vs ${c.baseline.drainS.toFixed(1)} s)`,
    jejak: fig(c.jejak),
    baseline: { ...fig(c.baseline), what: 'sleeping no-op workflow closed' },
    ratioOf: 'p99' as const,
    ratio: c.jejak.p99Ms / c.baseline.p99Ms,
  }));
}
