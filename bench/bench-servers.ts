/**
 * The servers a bench run measures: its own embedded PostgreSQL and Temporal dev server (SQLite file
 * with WAL pragmas) under .data/bench-<timestamp>/, unless BENCH_DATABASE_URL / BENCH_TEMPORAL_ADDRESS
 * name servers to use. Migrations and the journey search attributes are applied either way.
 */
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { loadDataKeys } from '../config/env';
import { migrateUp } from '../db/migrate';
import { startEmbeddedPostgres } from '../infra/embedded-postgres';
import { freePort } from '../infra/free-port';
import { startTemporalDevServer } from '../infra/temporal-dev-server';
import { ensureSearchAttributes } from '../infra/temporal-search-attributes';
import { requireTemporalBinary } from '../infra/tools-paths';
import type { BenchConfig } from './bench-config';

export interface BenchServers {
  databaseUrl: string;
  temporalAddress: string;
  dataDir: string;
  describe: string[];
  stop(): Promise<void>;
}

export async function startBenchServers(config: BenchConfig, root: string, stamp: string): Promise<BenchServers> {
  const dataDir = path.join(root, '.data', `bench-${stamp}`);
  const stops: (() => Promise<void>)[] = [];
  const describe: string[] = [];
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: await freePort(),
        database: 'jejak_bench',
        logFile: path.join(dataDir, 'logs', 'postgres.log'),
      });
      stops.push(() => pg.stop());
      databaseUrl = pg.url;
      describe.push('PostgreSQL 17 (embedded-postgres, default settings), own data folder');
    } else describe.push('PostgreSQL from BENCH_DATABASE_URL');
    await migrateUp(databaseUrl, loadDataKeys(process.env));

    let temporalAddress = config.temporalAddress;
    if (!temporalAddress) {
      // BENCH_TEMPORAL_SQLITE_DEFAULTS=1 leaves out the WAL pragmas: the dev server's settings measured as a lever.
      const sqliteDefaults = process.env.BENCH_TEMPORAL_SQLITE_DEFAULTS === '1';
      const temporal = await startTemporalDevServer({
        sqliteDefaults,
        binary: requireTemporalBinary(),
        dataDir: path.join(dataDir, 'temporal'),
        port: await freePort(),
        headless: true,
        namespace: config.namespace,
        logFile: path.join(dataDir, 'logs', 'temporal.log'),
      });
      stops.push(() => temporal.stop());
      temporalAddress = temporal.address;
      describe.push(
        'Temporal dev server (CLI v1.5.1), SQLite file ' +
          (sqliteDefaults ? "with SQLite's defaults" : 'with journal_mode=wal, synchronous=normal'),
      );
    } else describe.push('Temporal from BENCH_TEMPORAL_ADDRESS');
    const connection = await Connection.connect({ address: temporalAddress });
    try {
      await ensureSearchAttributes(connection, config.namespace);
    } finally {
      await connection.close();
    }
    return {
      databaseUrl,
      temporalAddress,
      dataDir,
      describe,
      async stop() {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      },
    };
  } catch (err) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw err;
  }
}
