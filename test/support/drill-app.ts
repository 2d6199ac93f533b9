/**
 * The API and the worker of a fault drill as real child processes of the test (node
 * <build>/api/main.js, <build>/worker/main.js, exactly as deployed), so a drill can SIGKILL them
 * and start new ones. Output goes to log files under the drill's folder (quoted on failure).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { waitReady } from '../../infra/app-process';
import { freePort } from '../../infra/free-port';
import { startManagedProcess, type ManagedProcess } from '../../infra/managed-process';
import { Client as PgClient } from 'pg';
import { loadDataKeys } from '../../config/env';
import { migrateUp } from '../../db/migrate';
import { authHeaders, MANAGER, TEST_JWT_SECRET, type GqlResult, type Json, type TestIdentity } from './app-harness';
import { drillBuild, drillWorkflowBundle } from './drill-build';
import { testDatabaseUrl, testTemporalAddress, testTemporalNamespace } from './servers';

export interface DrillAppOptions {
  build: string;
  databaseUrl: string;
  temporalAddress: string;
  namespace?: string;
  logDir: string;
  taskQueue?: string;
  /** More environment for the worker processes (e.g. WORKER_METRICS_PORT). */
  workerEnv?: Record<string, string>;
}

const ROOT = path.resolve(__dirname, '..', '..');

export class DrillApp {
  worker: ManagedProcess | null = null;
  api: ManagedProcess | null = null;
  apiUrl = '';
  private starts = 0;
  readonly taskQueue: string;
  readonly namespace: string;

  private constructor(
    readonly opts: DrillAppOptions,
    readonly client: Client,
    private readonly connection: Connection,
  ) {
    this.taskQueue = opts.taskQueue ?? `drill-${randomUUID()}`;
    this.namespace = opts.namespace ?? 'default';
  }

  /** Worker first (the API is ready only once a worker polls its task queue), then the API. */
  static async start(opts: DrillAppOptions): Promise<DrillApp> {
    const connection = await Connection.connect({ address: opts.temporalAddress });
    const app = new DrillApp(opts, new Client({ connection, namespace: opts.namespace ?? 'default' }), connection);
    await app.startWorker();
    await app.startApi();
    return app;
  }

  private spawn(name: 'api' | 'worker', env: Record<string, string>, onLine?: (line: string) => void): ManagedProcess {
    const n = ++this.starts;
    return startManagedProcess(
      process.execPath,
      ['--enable-source-maps', path.join(this.opts.build, name, 'main.js')],
      {
        name: `${name}-${n}`,
        cwd: ROOT,
        logFile: path.join(this.opts.logDir, `${name}-${n}.log`),
        onLine,
        tailLines: 80,
        env: {
          ...process.env,
          DATABASE_URL: this.opts.databaseUrl,
          TEMPORAL_ADDRESS: this.opts.temporalAddress,
          TEMPORAL_NAMESPACE: this.namespace,
          TEMPORAL_TASK_QUEUE: this.taskQueue,
          WORKFLOW_BUNDLE_PATH: drillWorkflowBundle(this.opts.build),
          LOG_LEVEL: 'info',
          JWT_SECRET: TEST_JWT_SECRET,
          RATE_LIMIT_PER_MINUTE: '1000000',
          ...env,
        },
      },
    );
  }

  /** Starts a worker process and waits until it polls (its "worker polling" log line). */
  async startWorker(timeoutMs = 90_000): Promise<void> {
    let polling = false;
    const proc = this.spawn('worker', this.opts.workerEnv ?? {}, (line) => {
      if (line.includes('"worker polling"')) polling = true;
    });
    this.worker = proc;
    const deadline = Date.now() + timeoutMs;
    while (!polling) {
      if (proc.hasExited() || Date.now() > deadline) throw new Error(`worker did not start polling:\n${proc.tail()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async startApi(timeoutMs = 90_000): Promise<void> {
    const port = await freePort();
    const proc = this.spawn('api', { PORT: String(port) });
    this.api = proc;
    if (!(await waitReady(port, proc, timeoutMs))) throw new Error(`API did not become ready:\n${proc.tail()}`);
    this.apiUrl = `http://127.0.0.1:${port}`;
  }

  /** kill -9: no shutdown hook runs, open connections and transactions are simply cut. */
  async kill(which: 'api' | 'worker'): Promise<void> {
    const proc = this[which];
    if (!proc) return;
    proc.child.kill('SIGKILL');
    await proc.exited;
    this[which] = null;
  }

  /** POSTs to the current API process (the URL changes when the API is restarted). */
  async gql<T = Record<string, Json>>(
    query: string,
    variables: Record<string, unknown> = {},
    identity: TestIdentity | null = MANAGER,
  ): Promise<GqlResult<T>> {
    const headers = { 'content-type': 'application/json', ...(await authHeaders(identity)) };
    const res = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return res.json() as Promise<GqlResult<T>>;
  }

  async stop(): Promise<void> {
    await Promise.all([this.api?.stop(), this.worker?.stop()]);
    this.api = null;
    this.worker = null;
    await this.connection.close();
  }
}

/**
 * A drill on the run's shared PostgreSQL and Temporal: migrated database, API and worker processes, and a SQL
 * client for counting.
 */
export async function startDrillOnTestServers(
  name: string,
  workerEnv?: Record<string, string>,
): Promise<{ app: DrillApp; pg: PgClient }> {
  const build = await drillBuild();
  const databaseUrl = testDatabaseUrl();
  // The same keys as the API and worker processes (same environment and .data/dev-secrets).
  await migrateUp(databaseUrl, loadDataKeys(process.env));
  const logDir = path.join(process.env.JEJAK_TEST_DIR!, 'drills', name);
  const app = await DrillApp.start({
    build,
    databaseUrl,
    temporalAddress: testTemporalAddress(),
    namespace: testTemporalNamespace(),
    logDir,
    workerEnv,
  });
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  return { app, pg };
}
