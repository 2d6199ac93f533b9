import { randomBytes } from 'node:crypto';
import { Client, type Connection } from '@temporalio/client';
import { Pool } from 'pg';
import type { BenchConfig } from './bench-config';
import { useJwtSecret } from './http-client';
import { startBaselineServer, startJejak, startNoopWorker, type AppEnv, type BenchProcess } from './bench-processes';
import type { BenchServers } from './bench-servers';
import { connectTemporal } from '../config/temporal-connection';

/** What a run measures against: Jejak's processes, the no-op worker, the bare baseline servers and the clients. */
export interface BenchStack {
  env: AppEnv;
  api: BenchProcess;
  workers: BenchProcess[];
  noopWorker: BenchProcess;
  hello: BenchProcess;
  listSql: BenchProcess;
  /** Ten connections for the enrolment step's inserts, 32 for the rest. */
  insertPool: Pool;
  pool: Pool;
  temporal: Client;
}

/** Resources to release at the end of a run, filled as they start so a failed start still releases them. */
export interface BenchResources {
  procs: BenchProcess[];
  pools: Pool[];
  connection?: Connection;
}

/**
 * Starts the API, `config.workers` journey workers, the no-op worker and the bare baseline servers as processes on
 * fresh task queues, and opens the clients, against the run's PostgreSQL and Temporal.
 */
export async function startBenchStack(
  root: string,
  config: BenchConfig,
  servers: BenchServers,
  stamp: string,
  logDir: string,
  held: BenchResources,
): Promise<BenchStack> {
  const env: AppEnv = {
    databaseUrl: servers.databaseUrl,
    temporalAddress: servers.temporalAddress,
    namespace: config.namespace,
    taskQueue: `bench-journeys-${stamp}`,
    noopTaskQueue: `bench-noop-${stamp}`,
    jwtSecret: randomBytes(32).toString('hex'),
  };
  useJwtSecret(env.jwtSecret);
  const { api, workers } = await startJejak(root, env, logDir, config.workers);
  held.procs.push(api, ...workers);
  const noopWorker = await startNoopWorker(root, env, logDir);
  held.procs.push(noopWorker);
  const hello = await startBaselineServer(root, 'hello-http', 'hello-http.server.js', {}, logDir);
  const listSql = await startBaselineServer(
    root,
    'list-sql-http',
    'list-sql-http.server.js',
    { DATABASE_URL: servers.databaseUrl },
    logDir,
  );
  held.procs.push(hello, listSql);
  const insertPool = new Pool({ connectionString: servers.databaseUrl, max: 10 });
  const pool = new Pool({ connectionString: servers.databaseUrl, max: 32 });
  held.pools.push(insertPool, pool);
  held.connection = await connectTemporal(servers.temporalAddress);
  const temporal = new Client({ connection: held.connection, namespace: config.namespace });
  return { env, api, workers, noopWorker, hello, listSql, insertPool, pool, temporal };
}
