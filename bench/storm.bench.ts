import 'reflect-metadata';
/**
 * `npm run bench:storm`: the timer storm alone (storm-run.ts), on its own servers and processes:
 * N journeys whose module deadlines (MODULE_END) are spread over BENCH_STORM_SPREAD_S, and N more
 * whose deadlines fall inside one minute, beside N + N sleeping no-op workflows due at the same
 * instants. Figures: due → effect recorded (OVERDUE row in journey_event) p50/p99/max and drain
 * (last effect minus last due), RSS of the API and worker with 2N open journeys. Writes
 * bench/results/storm-<ts>.md. BENCH_STORM_JOURNEYS (per set, default 10000), BENCH_STORM_SPREAD_S
 * (default 900), BENCH_STORM_SETUP_RATE (journeys/s the set-up is assumed to reach, default 25; 48-51/s
 * measured here).
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
import { runStorm, stormCell } from './storm-run';

const root = path.resolve(__dirname, '..', '..');
const say = (msg: string) => process.stderr.write(`[storm ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function main(): Promise<number> {
  const config = loadBenchConfig();
  const n = Number(process.env.BENCH_STORM_JOURNEYS ?? 10_000);
  const spreadS = Number(process.env.BENCH_STORM_SPREAD_S ?? 900);
  const setupRate = config.stormSetupRate;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  process.env.DATA_ENCRYPTION_KEYS ??= `bench:${randomBytes(32).toString('base64')}`;
  process.env.DATA_HASH_KEY ??= randomBytes(32).toString('base64');
  say(`N=${n} per set, spread ${spreadS} s: starting servers...`);
  const startedAt = Date.now();
  const servers = await startBenchServers(config, root, stamp);
  const logDir = path.join(servers.dataDir, 'logs');
  const procs: BenchProcess[] = [];
  const pool = new Pool({ connectionString: servers.databaseUrl, max: 8 });
  pool.on('error', () => undefined);
  let connection: Connection | undefined;
  const out: string[] = [`# Timer storm, ${new Date().toISOString()}`, ''];
  let failed = false;
  try {
    const env = {
      databaseUrl: servers.databaseUrl,
      temporalAddress: servers.temporalAddress,
      namespace: config.namespace,
      taskQueue: `storm-journeys-${stamp}`,
      noopTaskQueue: `storm-noop-${stamp}`,
      jwtSecret: randomBytes(32).toString('hex'),
    };
    const {
      api,
      workers: [worker],
    } = await startJejak(root, env, logDir);
    const noop = await startNoopWorker(root, env, logDir);
    procs.push(api, worker, noop);
    connection = await Connection.connect({ address: servers.temporalAddress });
    const temporal = new Client({ connection, namespace: config.namespace });
    const mem: string[] = [];
    const sample = (after: string) =>
      mem.push(`| ${after} | ${rssMb(api.proc)} | ${rssMb(worker.proc)} | ${rssMb(noop.proc)} |`);
    sample('start (idle)');
    const loadAtStart = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ');
    const result = await runStorm(
      {
        pool,
        databaseUrl: servers.databaseUrl,
        temporal,
        taskQueue: env.taskQueue,
        noopTaskQueue: env.noopTaskQueue,
        stamp,
        sample,
        say,
      },
      { n, spreadS, setupRate },
    );
    failed = result.problems.length > 0;
    out.push(
      `${os.cpus().length} × ${os.cpus()[0]?.model} · Node ${process.version} · ` +
        `load average at start ${loadAtStart} · ` +
        `BENCH_STORM_JOURNEYS=${n} · BENCH_STORM_SPREAD_S=${spreadS} · ` +
        `wall time ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
      '',
      '| Case | Jejak: MODULE_END deadline → OVERDUE row in journey_event (polled 100 ms) ' +
        '| Baseline: sleepUntilWorkflow due → closed (server close time) | Ratio |',
      '|---|---|---|---|',
      ...result.cases.map(
        (c) =>
          `| ${c.name} | ${stormCell(c.jejak)} | ${stormCell(c.baseline)} ` +
          `| ${(c.jejak.p99Ms / c.baseline.p99Ms).toFixed(1)}× p99 ` +
          `· ${(c.jejak.drainS / c.baseline.drainS).toFixed(1)}× drain |`,
      ),
      '',
      '| Fact | Value |',
      '|---|---|',
      ...Object.entries(result.facts).map(([k, v]) => `| ${k} | ${v} |`),
      '',
      '| RSS (MB) after | api | worker | noop worker |',
      '|---|---|---|---|',
      ...mem,
      '',
      '- delay = when the effect was seen minus when it was due; drain = last effect seen minus last due instant.',
      '- All 2N journeys stay open (IN_INTERVENTION, module overdue) to the end; ' +
        'the baseline runs after, on the same servers.',
      ...result.problems.map((p) => `- PROBLEM: ${p}`),
      `- Servers: ${servers.describe.join('; ')}.`,
    );
  } catch (err) {
    failed = true;
    out.push(`run FAILED: ${(err as Error).stack}`);
  } finally {
    await Promise.all(procs.map((p) => p.proc.stop('SIGTERM', 15_000)));
    await pool.end().catch(() => undefined);
    await connection?.close().catch(() => undefined);
    await servers.stop();
    if (!process.env.BENCH_KEEP_DATA && !config.databaseUrl && !config.temporalAddress)
      rmSync(servers.dataDir, { recursive: true, force: true });
  }
  const text = out.join('\n') + '\n';
  process.stdout.write(text);
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', `storm-${stamp.slice(0, 12)}.md`), text);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    say(`storm could not run: ${err.stack}`);
    process.exit(1);
  },
);
