/**
 * The local dev stack behind `npm start` (compiled to dist/infra/stack.js): PostgreSQL (unless
 * DATABASE_URL), migrations, the Temporal dev server with its UI (unless TEMPORAL_ADDRESS), the
 * search attributes, then the worker and the API as child processes. A crashed API or worker is
 * restarted with back-off (infra/restart-policy.ts); repeated crashes in a short time stop everything.
 * Ctrl-C or SIGTERM stops the children, then Temporal, then PostgreSQL; data stays in .data/ for the next start.
 * `--servers-only` starts PostgreSQL and Temporal only (to run the API or worker yourself).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startTemporalDevServer } from './temporal-dev-server';
import { ensureSearchAttributes } from './temporal-search-attributes';
import { requireTemporalBinary } from './tools-paths';
import { startAppProcess, waitReady } from './app-process';
import { restartPolicyFromEnv, type RestartPolicy } from './restart-policy';
import { superviseProcess, type SupervisedProcess } from './supervised-process';

interface Running {
  name: string;
  stop(): Promise<void>;
}

const say = (msg: string) => process.stdout.write(`\x1b[1m[jejak]\x1b[0m ${msg}\n`);
const num = (v: string | undefined, fallback: number) => (v ? Number(v) : fallback);

function findRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no package.json above ${from}`);
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const env = process.env;
  const root = findRoot(__dirname);
  const serversOnly = argv.includes('--servers-only');
  const dataDir = path.resolve(root, env.JEJAK_DATA_DIR ?? '.data');
  const logs = path.join(dataDir, 'logs');
  const namespace = env.TEMPORAL_NAMESPACE ?? 'default';
  const apiPort = num(env.PORT, 4000);
  const running: Running[] = [];
  const summary: string[] = [];
  let stopping: Promise<void> | undefined;
  let firstSignalAt = 0;

  const shutdown = (code: number): Promise<void> => {
    stopping ??= (async () => {
      say('stopping: API and worker first, then Temporal, then PostgreSQL...');
      const children = running.filter((r) => r.name === 'api' || r.name === 'worker');
      await Promise.all(children.map((c) => c.stop()));
      for (const r of running.filter((x) => !children.includes(x)).reverse()) {
        await r.stop().catch((err: Error) => say(`${r.name} did not stop cleanly: ${err.message}`));
      }
      say(`stopped; data kept in ${dataDir}`);
      process.exit(code);
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (!firstSignalAt) {
      firstSignalAt = Date.now();
      void shutdown(0);
    } else if (Date.now() - firstSignalAt > 2_000) {
      say(`${signal} again: killing everything now`);
      process.exit(130);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const supervise = (name: 'api' | 'worker', childEnv: NodeJS.ProcessEnv, policy: RestartPolicy): SupervisedProcess => {
    const logFile = path.join(logs, `${name}.log`);
    const proc = superviseProcess({
      name,
      start: () => startAppProcess({ root, name, env: childEnv, logFile }),
      policy,
      log: say,
    });
    say(`${name} started (pid ${proc.current().child.pid ?? '?'})`);
    running.push({ name, stop: () => proc.stop('SIGTERM', 15_000) });
    void proc.gaveUp.then((message) => {
      if (stopping) return;
      say(`${message}\nShutting everything down.`);
      void shutdown(1);
    });
    return proc;
  };

  try {
    const restartPolicy = restartPolicyFromEnv(env);
    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) {
      summary.push(`PostgreSQL    ${databaseUrl.replace(/:[^:@/]*@/, ':***@')} (DATABASE_URL)`);
    } else {
      const port = num(env.JEJAK_PG_PORT, 55432);
      say(`starting PostgreSQL on port ${port}...`);
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port,
        database: 'jejak',
        logFile: path.join(logs, 'postgres.log'),
      });
      running.push({ name: 'postgresql', stop: pg.stop });
      databaseUrl = pg.url;
      summary.push(`PostgreSQL    ${pg.url}`);
    }
    const { migrateUp } = await import('../db/migrate');
    const { loadDataKeys } = await import('../config/env');
    const applied = await migrateUp(databaseUrl, loadDataKeys(env));
    say(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema up to date');

    let temporalAddress = env.TEMPORAL_ADDRESS;
    if (temporalAddress) {
      summary.push(`Temporal      ${temporalAddress}, namespace ${namespace} (TEMPORAL_ADDRESS)`);
    } else {
      const port = num(env.JEJAK_TEMPORAL_PORT, 7233);
      const uiPort = num(env.JEJAK_TEMPORAL_UI_PORT, port + 1000);
      say(`starting the Temporal dev server on port ${port}...`);
      const temporal = await startTemporalDevServer({
        binary: requireTemporalBinary(env),
        dataDir: path.join(dataDir, 'temporal'),
        port,
        uiPort,
        headless: false,
        namespace,
        logFile: path.join(logs, 'temporal.log'),
      });
      running.push({ name: 'temporal', stop: temporal.stop });
      temporalAddress = temporal.address;
      summary.push(`Temporal      ${temporal.address}, namespace ${namespace} (dev server)`);
      summary.push(`Temporal UI   ${temporal.uiUrl}`);
    }
    const connection = await Connection.connect({ address: temporalAddress });
    try {
      const added = await ensureSearchAttributes(connection, namespace);
      if (added.length) say(`search attributes registered: ${added.join(', ')}`);
    } finally {
      await connection.close();
    }

    if (!serversOnly) {
      const childEnv = {
        ...env,
        DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_NAMESPACE: namespace,
        PORT: String(apiPort),
      };
      supervise('worker', childEnv, restartPolicy);
      const api = supervise('api', childEnv, restartPolicy);
      if (!(await waitReady(apiPort, api))) {
        if (!stopping)
          throw new Error(`the API did not report ready on http://127.0.0.1:${apiPort}/readyz within 60 s`);
        return;
      }
      summary.unshift(`GraphQL API   http://localhost:${apiPort}/graphql  (health: /healthz, /readyz)`);
    } else {
      summary.push('API, worker   not started (--servers-only)');
    }
    summary.push(`Data folder   ${dataDir}  (postgres/, temporal/, logs/; delete it to start afresh)`);
    say(`Jejak is running:\n  ${summary.join('\n  ')}\nPress Ctrl-C to stop; data is kept for the next start.`);
  } catch (err) {
    if (stopping) return;
    say(`could not start: ${(err as Error).message}`);
    await shutdown(1);
  }
}

if (require.main === module) void main();
