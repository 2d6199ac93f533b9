import 'reflect-metadata';
/**
 * `npm run bench`: builds nothing itself (npm runs the build first), starts its own PostgreSQL and
 * Temporal dev server (or uses BENCH_DATABASE_URL / BENCH_TEMPORAL_ADDRESS), the API, the journey
 * worker, the no-op worker and the bare baseline servers as processes, runs every benchmark with
 * its baseline, prints a markdown table and writes bench/results/<date>.json and .md.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadBenchConfig } from './bench-config';
import { rssMb, startUnguardedApi, type BenchProcess } from './bench-processes';
import { commitFact, newReport, toMarkdown, writeResults } from './bench-report';
import { startBenchStack, type BenchResources } from './bench-stack';
import { startBenchServers } from './bench-servers';
import { calibrationBench } from './calibration.bench';
import { commandsBench } from './commands.bench';
import { enrolmentBench } from './enrolment.bench';
import { fieldSyncBench } from './field-sync.bench';
import { groupSessionsBench } from './group-sessions.bench';
import { historyBench } from './history.bench';
import { listsBench } from './lists.bench';
import { runStorm, stormRows } from './storm-run';
import { oneJourneyBench } from './one-journey.bench';
import { provinceBench } from './province.bench';
import { liveLatencyBench } from './live-latency.bench';
import { tokenFloodBench } from './token-flood.bench';

const root = path.resolve(__dirname, '..', '..');
const say = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function main(): Promise<number> {
  const config = loadBenchConfig();
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/\D/g, '').slice(0, 14);
  say(`BENCH_SCALE=${config.scale}: starting servers...`);
  // Data keys for the run (the API runs with NODE_ENV=production, which requires them): random per run
  // unless given, shared through the environment by the migration, the seeds and the API.
  process.env.DATA_ENCRYPTION_KEYS ??= `bench:${randomBytes(32).toString('base64')}`;
  process.env.DATA_HASH_KEY ??= randomBytes(32).toString('base64');
  // One facilitator sends the one-journey step's 2,000 commands back to back (~14/s for minutes), over
  // the 600 a minute a person gets by default: the limiter stays on (the lists step measures it), wider.
  process.env.RATE_LIMIT_PER_MINUTE ??= '6000';
  const servers = await startBenchServers(config, root, stamp);
  const logDir = path.join(servers.dataDir, 'logs');
  const report = newReport(config.scale, servers.describe, startedAt);
  report.facts['Code measured'] = commitFact(root);
  const held: BenchResources = { procs: [], pools: [] };
  const procs = held.procs;
  let failed = false;
  const cleanup = async () => {
    await Promise.all(procs.map((p) => p.proc.stop('SIGTERM', 15_000)));
    await Promise.all(held.pools.map((p) => p.end().catch(() => undefined)));
    await held.connection?.close().catch(() => undefined);
    await servers.stop();
    if (!config.databaseUrl && !config.temporalAddress && !process.env.BENCH_KEEP_DATA)
      rmSync(servers.dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    say('interrupted: stopping...');
    void cleanup().then(() => process.exit(130));
  });
  try {
    say(`starting the API, ${config.workers} journey worker(s), the no-op worker and the baseline servers...`);
    const { env, api, workers, noopWorker, hello, listSql, insertPool, pool, temporal } = await startBenchStack(
      root,
      config,
      servers,
      stamp,
      logDir,
      held,
    );
    report.facts['Journey workers'] = `${config.workers} process(es) on the one task queue (BENCH_WORKERS)`;
    const sample = (after: string) =>
      report.memory.push({
        after,
        rssMb: {
          api: rssMb(api.proc),
          ...Object.fromEntries(workers.map((w) => [w.name, rssMb(w.proc)])),
          'noop worker': rssMb(noopWorker.proc),
          'load generator': Math.round(process.memoryUsage().rss / 2 ** 20),
        },
      });
    sample('start (idle)');

    // BENCH_ONLY=lists,...: those steps alone
    const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
    const step = async (name: string, run: () => Promise<void>) => {
      if (only && !only.includes(name)) return;
      say(`${name}...`);
      const t0 = performance.now();
      try {
        await run();
      } catch (err) {
        failed = true;
        report.notes.push(`${name} FAILED: ${(err as Error).message.slice(0, 300)}`);
        say(`${name} failed: ${(err as Error).stack}`);
      }
      sample(name);
      say(`${name} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    };
    let enrolled: string[] = [];
    await step('calibration', () =>
      calibrationBench(report, hello, servers.databaseUrl, config.helloSeconds, config.fsyncCommits),
    );
    const deps = {
      apiUrl: api.url!,
      pool,
      temporal,
      noopTaskQueue: env.noopTaskQueue,
      stamp,
      jejakProcs: [api, ...workers],
      noopProcs: [noopWorker],
    };
    await step('enrolment', async () => {
      enrolled = await enrolmentBench(
        report,
        { ...deps, pool: insertPool },
        config.enrolments,
        config.enrolConcurrency,
      );
    });
    await step('commands', () =>
      commandsBench(
        report,
        deps,
        enrolled.slice(0, config.commandJourneys),
        config.commandsPerLevel,
        config.commandConcurrency,
      ),
    );
    await step('one-journey', () => oneJourneyBench(report, deps, config.oneJourneyCommands));
    await step('group-sessions', () =>
      groupSessionsBench(report, deps, config.groupSessionMembers, config.groupSessionRounds),
    );
    await step('live', () =>
      liveLatencyBench(report, { apiUrl: api.url!, databaseUrl: servers.databaseUrl, stamp }, config.liveSteps),
    );
    await step('field-sync', () => fieldSyncBench(report, deps, config.fieldSyncJourneys, config.fieldSyncRecords));
    await step('history', () => historyBench(report, deps, config.historyCommands, config.historyRepeats));
    let unguardedApi: BenchProcess | undefined;
    // The same API code with its guards left out, started once for the steps that compare against it.
    const unguardedOnce = async () => {
      if (!unguardedApi) procs.push((unguardedApi = await startUnguardedApi(root, env, logDir)));
      return unguardedApi;
    };
    await step('token-flood', async () => tokenFloodBench(report, { api, unguarded: await unguardedOnce() }, 10));
    await step('lists', async () => {
      // Security overhead: the same API code, guards left out.
      const unguarded = await unguardedOnce();
      await listsBench(
        report,
        {
          api,
          unguarded,
          baseline: listSql,
          pool,
          databaseUrl: servers.databaseUrl,
          temporalAddress: servers.temporalAddress,
          namespace: config.namespace,
          jwtSecret: env.jwtSecret,
          stamp,
        },
        config.listRows,
        config.listSeconds,
        config.listConcurrency,
      );
    });
    await step('storm', async () => {
      const storm = await runStorm(
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
        { n: config.stormJourneys, spreadS: config.stormSpreadS, setupRate: config.stormSetupRate },
      );
      report.rows.push(...stormRows(storm));
      Object.assign(report.facts, storm.facts);
      if (storm.problems.length > 0) throw new Error(storm.problems.join('; '));
    });
    // Last: its journeys stay open in the worker.
    await step('province', () =>
      provinceBench(
        report,
        { apiUrl: api.url!, temporal, noopTaskQueue: env.noopTaskQueue, stamp, workers, pool, say },
        config.provinceEnrolments,
        config.provinceAttendance,
      ),
    );
    report.facts['Bench wall time'] = `${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`;
  } catch (err) {
    failed = true;
    report.notes.push(`run FAILED: ${(err as Error).message.slice(0, 300)}`);
    say(`run failed: ${(err as Error).stack}`);
  } finally {
    await cleanup();
  }
  process.stdout.write(`${toMarkdown(report)}\n`);
  const files = writeResults(root, report);
  say(`results written to ${path.relative(root, files.json)} and ${path.relative(root, files.md)}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    say(`bench could not run: ${err.stack}`);
    process.exit(1);
  },
);
