import 'reflect-metadata';
/**
 * `npm run bench:storm`: a timer storm. N journeys on the `training-sandbox` programme (its
 * assessment deadline falls 0.002 "days" = 172.8 s after enrolment) whose deadlines all fall within
 * the burst of their enrolment (about a minute or less), against N more whose enrolments, hence
 * deadlines, are paced over BENCH_STORM_SPREAD_S (a scaled "15 minutes"). Each deadline's effect is
 * an OVERDUE row in journey_event, polled every 200 ms. Baseline, same run: N bare workflows
 * (bench/fixtures/noop.workflow.ts sleepUntilWorkflow) each sleeping until the same relative instants,
 * seen done by the client. Figures: due-to-recorded delay p50/p99 ("schedule-to-start" as a user sees
 * it) and drain (last recorded minus last due). Then RSS of the API and worker with 2N open journeys.
 * Writes bench/results/storm-<ts>.md. BENCH_STORM_JOURNEYS (default 2000), BENCH_STORM_SPREAD_S (default 150).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { loadBenchConfig } from './bench-config';
import { rssMb, startJejak, startNoopWorker, type BenchProcess } from './bench-processes';
import { startBenchServers } from './bench-servers';
import { enrolmentInput, nextNik } from './enrolment.bench';
import { gql, useJwtSecret } from './http-client';
import { percentile, runLoad } from './load-loop';

const root = path.resolve(__dirname, '..', '..');
const say = (msg: string) => process.stderr.write(`[storm ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const ENROLL = `mutation Enroll($input: EnrollBeneficiaryInput!, $key: String!) { enrollBeneficiary(input: $input, idempotencyKey: $key) { id } }`;
const wait = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Per deadline: when it was due and when its effect was seen (epoch ms). */
interface Fired { due: number; seen: number }
interface StormFigures { n: number; seen: number; dueSpanS: number; p50Ms: number; p99Ms: number; maxMs: number; drainS: number }

function summarise(n: number, fired: Fired[]): StormFigures {
  const delays = fired.map((f) => f.seen - f.due).sort((a, b) => a - b);
  const dues = fired.map((f) => f.due);
  const lastDue = Math.max(...dues);
  const lastSeen = Math.max(...fired.map((f) => f.seen));
  return { n, seen: fired.length, dueSpanS: (lastDue - Math.min(...dues)) / 1000, p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99),
    maxMs: delays.at(-1) ?? NaN, drainS: (lastSeen - lastDue) / 1000 };
}

/** Enrols n journeys on training-sandbox, job i not before start + i·spreadMs/n; returns their ids. */
async function enrolStorm(apiUrl: string, n: number, spreadMs: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  const t0 = Date.now();
  const run = await runLoad({ label: `enrol-${tag}`, concurrency: 32, count: n, job: async (i) => {
    await wait(t0 + (i * spreadMs) / n - Date.now());
    const data = await gql<{ enrollBeneficiary: { id: string } }>(apiUrl, ENROLL,
      { input: { ...enrolmentInput(nextNik(), `facilitator-${i % 20}`), programmeId: 'training-sandbox' }, key: `storm-${tag}-${i}` });
    ids.push(data.enrollBeneficiary.id);
  } });
  if (run.failed) throw new Error(`${run.failed} enrolments failed: ${run.firstErrors.join('; ')}`);
  return ids;
}

/** Polls journey_event until every journey has its OVERDUE row (or timeoutMs passes). */
async function watchOverdue(pool: Pool, ids: string[], timeoutMs: number): Promise<Fired[]> {
  const seen = new Map<string, Fired>();
  const deadline = Date.now() + timeoutMs;
  while (seen.size < ids.length && Date.now() < deadline) {
    const rows = await pool.query<{ journey_id: string; due: string }>(
      `select journey_id, data->>'dueAt' as due from journey_event where type = 'OVERDUE' and data->>'kind' = 'ASSESSMENT' and journey_id = any($1::uuid[])`, [ids]);
    const now = Date.now();
    for (const r of rows.rows) if (!seen.has(r.journey_id)) seen.set(r.journey_id, { due: Date.parse(r.due), seen: now });
    await wait(200);
  }
  return [...seen.values()];
}

/** The baseline: one sleeping workflow per Jejak deadline, due at the same offsets from a new base. */
async function baselineStorm(temporal: Client, taskQueue: string, offsets: number[], tag: string): Promise<Fired[]> {
  const base = Date.now() + 15_000 + offsets.length * 5;
  const handles = await Promise.all(offsets.map((o, i) =>
    temporal.workflow.start('sleepUntilWorkflow', { taskQueue, workflowId: `storm-base-${tag}-${i}`, args: [{ at: base + o }] })));
  return Promise.all(handles.map(async (h, i) => { await h.result(); return { due: base + offsets[i], seen: Date.now() }; }));
}

async function main(): Promise<number> {
  const config = loadBenchConfig();
  const n = Number(process.env.BENCH_STORM_JOURNEYS ?? 2000);
  const spreadS = Number(process.env.BENCH_STORM_SPREAD_S ?? 150);
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  process.env.DATA_ENCRYPTION_KEYS ??= `bench:${randomBytes(32).toString('base64')}`;
  process.env.DATA_HASH_KEY ??= randomBytes(32).toString('base64');
  say(`N=${n}, spread ${spreadS} s: starting servers...`);
  const servers = await startBenchServers(config, root, stamp);
  const logDir = path.join(servers.dataDir, 'logs');
  const procs: BenchProcess[] = [];
  const pool = new Pool({ connectionString: servers.databaseUrl, max: 4 });
  pool.on('error', () => undefined);
  let connection: Connection | undefined;
  const out: string[] = [`# Timer storm, ${new Date().toISOString()}`, ''];
  let failed = false;
  try {
    const env = { databaseUrl: servers.databaseUrl, temporalAddress: servers.temporalAddress, namespace: config.namespace,
      taskQueue: `storm-journeys-${stamp}`, noopTaskQueue: `storm-noop-${stamp}`, jwtSecret: randomBytes(32).toString('hex') };
    useJwtSecret(env.jwtSecret);
    const { api, worker } = await startJejak(root, env, logDir);
    const noop = await startNoopWorker(root, env, logDir);
    procs.push(api, worker, noop);
    connection = await Connection.connect({ address: servers.temporalAddress });
    const temporal = new Client({ connection, namespace: config.namespace });
    const mem: string[] = [];
    const sample = (after: string) => mem.push(`| ${after} | ${rssMb(api.proc)} | ${rssMb(worker.proc)} | ${rssMb(noop.proc)} |`);
    sample('start (idle)');
    const rows: string[] = [];
    // Both sets are enrolled first (burst, then paced): the burst's deadlines fall 172.8 s later, after the
    // paced enrolments end as long as BENCH_STORM_SPREAD_S + the burst's enrolment time stays under that.
    const cases = [['burst', 0], ['spread', spreadS * 1000]] as const;
    const enrolled: { ids: string[]; enrolS: number }[] = [];
    for (const [tag, spreadMs] of cases) {
      say(`${tag}: enrolling ${n} journeys...`);
      const t0 = Date.now();
      const ids = await enrolStorm(api.url!, n, spreadMs, `${stamp}-${tag}`);
      enrolled.push({ ids, enrolS: (Date.now() - t0) / 1000 });
      say(`${tag}: enrolled in ${enrolled.at(-1)!.enrolS.toFixed(0)} s`);
    }
    sample(`enrolment (${2 * n} journeys open)`);
    say(`waiting for ${2 * n} deadlines (172.8 s after each enrolment)...`);
    const fired = await Promise.all(enrolled.map((e) => watchOverdue(pool, e.ids, 173_000 + spreadS * 1000 + 600_000)));
    sample(`both storms (${2 * n} journeys open)`);
    for (const [k, [tag]] of cases.entries()) {
      const jejak = summarise(n, fired[k]);
      const dues = fired[k].map((f) => f.due);
      const first = Math.min(...dues);
      say(`${tag}: Jejak p99 ${jejak.p99Ms.toFixed(0)} ms, drain ${jejak.drainS.toFixed(1)} s; baseline...`);
      const base = summarise(n, await baselineStorm(temporal, env.noopTaskQueue, dues.map((d) => d - first), `${stamp}-${tag}`));
      sample(`${tag} baseline (${n} sleeping workflows, done)`);
      const cell = (f: StormFigures) => `${f.seen}/${f.n} · due span ${f.dueSpanS.toFixed(1)} s · p50 ${f.p50Ms.toFixed(0)} · p99 ${f.p99Ms.toFixed(0)} · max ${f.maxMs.toFixed(0)} ms · drain ${f.drainS.toFixed(1)} s`;
      rows.push(`| ${tag === 'burst' ? `${n} deadlines within the enrolment burst (${enrolled[k].enrolS.toFixed(0)} s)` : `${n} deadlines paced over ${spreadS} s`} | ${cell(jejak)} | ${cell(base)} | ${(jejak.p99Ms / base.p99Ms).toFixed(1)}× p99 · ${(jejak.drainS / base.drainS).toFixed(1)}× drain |`);
      if (jejak.seen < n) failed = true;
    }
    out.push(`${os.cpus().length} × ${os.cpus()[0]?.model} · Node ${process.version} · load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} · BENCH_STORM_JOURNEYS=${n} · BENCH_STORM_SPREAD_S=${spreadS}`, '',
      '| Case | Jejak: ASSESSMENT deadline → OVERDUE row in journey_event (polled 200 ms) | Baseline: sleepUntilWorkflow due → result seen by client | Ratio |', '|---|---|---|---|', ...rows, '',
      '| RSS (MB) after | api | worker | noop worker |', '|---|---|---|---|', ...mem, '',
      '- delay = when the effect was seen minus when it was due; drain = last effect seen minus last due instant.',
      '- Both sets are enrolled before either set\'s deadlines fall; all 2N journeys stay open (ENROLLED, overdue) to the end.',
      `- Servers: ${servers.describe.join('; ')}.`);
  } catch (err) {
    failed = true;
    out.push(`run FAILED: ${(err as Error).stack}`);
  } finally {
    await Promise.all(procs.map((p) => p.proc.stop('SIGTERM', 15_000)));
    await pool.end().catch(() => undefined);
    await connection?.close().catch(() => undefined);
    await servers.stop();
    if (!process.env.BENCH_KEEP_DATA && !config.databaseUrl && !config.temporalAddress) rmSync(servers.dataDir, { recursive: true, force: true });
  }
  const text = out.join('\n') + '\n';
  process.stdout.write(text);
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', `storm-${stamp.slice(0, 12)}.md`), text);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err: Error) => { say(`storm could not run: ${err.stack}`); process.exit(1); });
