/**
 * Jest globalSetup for the integration and e2e tests: ONE real PostgreSQL (embedded, migrated) and
 * ONE real Temporal dev server (headless, in memory, search attributes registered) for the run,
 * under .data/test-<pid>/. Test files reach them through DATABASE_URL and TEMPORAL_ADDRESS
 * (test/support/servers.ts). TEST_DATABASE_URL / TEST_TEMPORAL_ADDRESS use servers you run instead.
 * A server that cannot be provisioned fails the run, naming the server and the reason.
 */
import 'reflect-metadata';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { startEmbeddedPostgres } from '../../infra/embedded-postgres';
import { freePort } from '../../infra/free-port';
import { startTemporalDevServer } from '../../infra/temporal-dev-server';
import { ensureSearchAttributes } from '../../infra/temporal-search-attributes';
import { requireTemporalBinary } from '../../infra/tools-paths';

export interface TestServers {
  dir: string;
  stops: Array<() => Promise<void>>;
}

declare global {
  var __jejakTestServers: TestServers | undefined;
}

async function provision<T>(what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw new Error(`integration tests: could not provision ${what}: ${(err as Error).message}`);
  }
}

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const dir = path.join(root, '.data', `test-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const servers: TestServers = { dir, stops: [] };
  globalThis.__jejakTestServers = servers;
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';

  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    const pg = await provision('PostgreSQL (embedded-postgres)', async () =>
      startEmbeddedPostgres({
        dataDir: path.join(dir, 'postgres'),
        port: await freePort(),
        database: 'jejak_test',
        logFile: path.join(dir, 'postgres.log'),
      }),
    );
    servers.stops.unshift(pg.stop);
    databaseUrl = pg.url;
  }
  // Migrations run in the test files' realm (test/support/app-harness.ts, idempotent): MikroORM's
  // metadata storage breaks ("Map.prototype.set called on incompatible receiver") when it is first
  // loaded here, in Jest's parent realm, and then again inside a test sandbox.

  let temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const temporal = await provision('the Temporal dev server (temporal server start-dev)', async () =>
      startTemporalDevServer({
        binary: requireTemporalBinary(),
        port: await freePort(),
        headless: true,
        namespace,
        logFile: path.join(dir, 'temporal.log'),
      }),
    );
    servers.stops.unshift(temporal.stop);
    temporalAddress = temporal.address;
  }
  await provision(`the journey search attributes on Temporal at ${temporalAddress}`, async () => {
    const connection = await Connection.connect({ address: temporalAddress });
    try {
      await ensureSearchAttributes(connection, namespace);
    } finally {
      await connection.close();
    }
  });

  // The fault drills build the product once per run under it (test/support/drill-build.ts).
  process.env.JEJAK_TEST_DIR = dir;
  process.env.DATABASE_URL = databaseUrl;
  process.env.TEMPORAL_ADDRESS = temporalAddress;
  process.env.TEMPORAL_NAMESPACE = namespace;
}
