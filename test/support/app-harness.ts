import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import type { DestinationStream } from 'pino';
import { mintDevToken } from '../../api/auth/jwt';
import type { CallerRole } from '../../domain/staff/principal.rules';
import { startApi, type RunningApi } from '../../api/server';
import { loadConfig, type AppConfig } from '../../config/env';
import { createLogger } from '../../config/logger';
import { migrateUp, openMigratedOrm } from '../../db/migrate';
import { ensureGroupMeetingWatchSchedule } from '../../worker/group-meeting-watch.schedule';
import { ensureWebhookPruneSchedule } from '../../worker/webhook-prune.schedule';
import { createJejakWorker } from '../../worker/jejak-worker';
import { testDatabaseUrl, testTemporalAddress, testTemporalNamespace } from './servers';
import { connectTemporal } from '../../config/temporal-connection';
import { temporalClientInterceptors, type WorkerTracing } from '../../config/tracing';

/**
 * JSON read back from the API or the database without a declared shape: the type `JSON.parse` gives. Tests
 * assert on its shape rather than restate the schema (the test/ section of eslint.config.mjs says why).
 */
export type Json = ReturnType<typeof JSON.parse>;

export interface GqlResult<T = Record<string, Json>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The real product for one test file: the API and a worker (own task queue) over the run's real
 * PostgreSQL and Temporal dev server. `gql` posts over HTTP exactly as a front end would.
 */
export interface AppHarness {
  api: RunningApi;
  /** The API's configuration (its data keys open what the tests read raw from PostgreSQL). */
  config: AppConfig;
  orm: MikroORM;
  client: Client;
  taskQueue: string;
  /** SQL statements sent by this harness's ORM (API and worker) so far. */
  statements: { count: number };
  gql<T = Record<string, Json>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: TestIdentity | null,
  ): Promise<GqlResult<T>>;
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Who a test request comes from: sent as a development JWT (HS256, TEST_JWT_SECRET) with
 * roles [role] and the given scope (every programme and region by default).
 */
export interface TestIdentity {
  user: string;
  role: string;
  programmes?: string[];
  regions?: string[];
  /** The organisations acted for; default: every one (`*`) for a partner, none for the other roles. */
  organisations?: string[];
}

/** The tests' HS256 secret (the harness's API is configured with it). */
export const TEST_JWT_SECRET = 'jejak-test-secret-0123456789abcdef0123456789';

/** A development token for a test identity. */
export function tokenFor(identity: TestIdentity): Promise<string> {
  return mintDevToken(
    TEST_JWT_SECRET,
    {
      sub: identity.user,
      name: identity.user,
      roles: [identity.role as CallerRole],
      scope: {
        programmes: identity.programmes ?? ['*'],
        regions: identity.regions ?? ['*'],
        organisations: identity.organisations ?? (identity.role === 'partner' ? ['*'] : []),
      },
    },
    3600,
  );
}

/** The Authorization header for a test identity (none for null). */
export async function authHeaders(identity: TestIdentity | null | undefined): Promise<Record<string, string>> {
  return identity ? { authorization: `Bearer ${await tokenFor(identity)}` } : {};
}

export const MANAGER = { user: 'manager-1', role: 'manager' };
export const FACILITATOR = { user: 'facilitator-1', role: 'facilitator' };

let runtimeInstalled = false;

export interface HarnessServers {
  databaseUrl: string;
  address: string;
  taskQueue?: string;
}

/**
 * Options of a harness: its deployment's DEFAULT_LOCALE (English unless a test asks, so assertions read English
 * messages), and where the API's log lines go (`logs`: every line at level info and above, as JSON; none unless
 * given or JEJAK_TEST_LOG_LEVEL asks).
 */
export interface HarnessOptions {
  defaultLocale?: 'id' | 'en';
  logs?: DestinationStream;
  /** More settings for this deployment (e.g. short WEBHOOK_* back-off values). */
  env?: Record<string, string>;
  /**
   * Trace this deployment (test/support/span-capture.ts): the Temporal client and the worker get OpenTelemetry's
   * interceptors, and the workflows' spans go to this span processor.
   */
  tracing?: WorkerTracing;
}

export async function startAppHarness(servers?: HarnessServers, options: HarnessOptions = {}): Promise<AppHarness> {
  if (!runtimeInstalled) {
    // Worker chatter only when asked for (JEJAK_TEST_LOG_LEVEL=debug); warnings always.
    try {
      Runtime.install({ logger: new DefaultLogger(process.env.JEJAK_TEST_LOG_LEVEL === 'debug' ? 'INFO' : 'WARN') });
    } catch {
      /* already installed in this process */
    }
    runtimeInstalled = true;
  }
  const databaseUrl = servers?.databaseUrl ?? testDatabaseUrl();
  const address = servers?.address ?? testTemporalAddress();
  const namespace = testTemporalNamespace();
  const taskQueue = servers?.taskQueue ?? `test-${randomUUID()}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: namespace,
    TEMPORAL_TASK_QUEUE: taskQueue,
    PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    RATE_LIMIT_PER_MINUTE: process.env.JEJAK_TEST_RATE_LIMIT ?? '1000000',
    DEFAULT_LOCALE: options.defaultLocale ?? 'en',
    DATA_ENCRYPTION_KEYS: process.env.DATA_ENCRYPTION_KEYS,
    DATA_HASH_KEY: process.env.DATA_HASH_KEY,
    ...options.env,
  });
  await migrateUp(databaseUrl, config.dataKeys);
  const statements = { count: 0 };
  const orm = await openMigratedOrm(databaseUrl, 5, {
    onQuery: (m) => {
      if (/\[query\]/.test(m)) statements.count++;
    },
  });
  const workerConnection = await NativeConnection.connect({ address });
  let worker: Worker | null = null;
  let running: Promise<void> | null = null;
  const startWorker = async () => {
    worker = await createJejakWorker({
      orm,
      connection: workerConnection,
      namespace,
      taskQueue,
      config,
      tracing: options.tracing,
    });
    running = worker.run();
  };
  const stopWorker = async () => {
    if (!worker) return;
    worker.shutdown();
    await running;
    worker = null;
  };
  await startWorker();
  const connection = await connectTemporal(address);
  const client = new Client({ connection, namespace, interceptors: temporalClientInterceptors(!!options.tracing) });
  // As the worker process does at start-up, paused: a round runs only when a test triggers it, never on its own
  // in the middle of another test file (test/support/group-meeting-watch.ts).
  const watch = await ensureGroupMeetingWatchSchedule(client, {
    taskQueue,
    everyMinutes: config.groupMeetingWatchMinutes,
    paused: true,
  });
  const prune = await ensureWebhookPruneSchedule(client, {
    taskQueue,
    everyMinutes: config.webhookPrune.everyMinutes,
    paused: true,
  });
  const api = await startApi(
    {
      orm,
      temporal: client,
      config,
      logger: options.logs
        ? createLogger('jejak-api-test', 'info', options.logs)
        : createLogger('jejak-api-test', process.env.JEJAK_TEST_LOG_LEVEL ?? 'silent'),
    },
    0,
  );
  return {
    api,
    config,
    orm,
    client,
    taskQueue,
    startWorker,
    stopWorker,
    statements,
    async gql(query, variables = {}, identity = MANAGER) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(await authHeaders(identity)) };
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as Promise<GqlResult<Json>>;
    },
    async stop() {
      await api.stop();
      await watch.delete();
      await prune.delete();
      await stopWorker();
      await connection.close();
      await workerConnection.close();
      await orm.close(true);
    },
  };
}

/** A valid, random 16-digit NIK (tests must not collide on the unique index). */
export const randomNik = (): string => `3174${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;
