/**
 * The two stores of a restore drill, each on its own files: an embedded PostgreSQL cluster and a Temporal dev
 * server on its SQLite file, with the API and worker as child processes. A backup is the cold copy each store's
 * documentation allows (PostgreSQL: a file-system level backup of a shut-down cluster; the dev server: its
 * --db-filename file while stopped), taken and restored per store (docs/backup-and-restore.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Connection } from '@temporalio/client';
import { FieldCipher } from '../../config/crypto/field-cipher';
import { loadDataKeys } from '../../config/env';
import { migrateUp, openMigratedOrm } from '../../db/migrate';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../infra/embedded-postgres';
import { freePort } from '../../infra/free-port';
import { startTemporalDevServer, type TemporalDevServer } from '../../infra/temporal-dev-server';
import { ensureSearchAttributes } from '../../infra/temporal-search-attributes';
import { requireTemporalBinary } from '../../infra/tools-paths';
import { reconcileJourneys, type ReconcileReport } from '../../ops/reconcile/journey-reconcile.service';
import { DrillApp } from './drill-app';
import { drillBuild } from './drill-build';

type Store = 'postgres' | 'temporal';

/** cp -a: owner, mode and times kept (PostgreSQL runs as its own user and refuses a data folder it cannot own). */
const copyTree = (from: string, to: string): void => {
  mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('cp', ['-a', from, to]);
};

export class RestoreDrillStores {
  readonly dir = path.resolve(__dirname, '../../.data', `drill-restore-${randomUUID().slice(0, 8)}`);
  readonly taskQueue = `drill-${randomUUID()}`;
  pg!: EmbeddedPostgres;
  temporal!: TemporalDevServer;
  app: DrillApp | null = null;
  private ports = { pg: 0, temporal: 0 };
  private build = '';

  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    this.ports = { pg: await freePort(), temporal: await freePort() };
    this.build = await drillBuild();
    await this.startStore('postgres');
    await this.startStore('temporal');
    const connection = await Connection.connect({ address: this.temporal.address });
    await ensureSearchAttributes(connection, 'default');
    await connection.close();
    await migrateUp(this.pg.url, loadDataKeys(process.env));
    await this.startApp();
  }

  private async startStore(store: Store): Promise<void> {
    if (store === 'postgres') {
      this.pg = await startEmbeddedPostgres({
        dataDir: path.join(this.dir, 'postgres'),
        port: this.ports.pg,
        database: 'jejak',
        logFile: path.join(this.dir, 'postgres.log'),
      });
    } else {
      this.temporal = await startTemporalDevServer({
        binary: requireTemporalBinary(),
        dataDir: path.join(this.dir, 'temporal'),
        port: this.ports.temporal,
        headless: true,
        namespace: 'default',
        logFile: path.join(this.dir, 'temporal.log'),
      });
    }
  }

  private async stopStore(store: Store): Promise<void> {
    await (store === 'postgres' ? this.pg : this.temporal).stop();
  }

  async startApp(): Promise<DrillApp> {
    this.app = await DrillApp.start({
      build: this.build,
      databaseUrl: this.pg.url,
      temporalAddress: this.temporal.address,
      logDir: path.join(this.dir, 'logs'),
      taskQueue: this.taskQueue,
    });
    return this.app;
  }

  async stopApp(): Promise<void> {
    await this.app?.stop();
    this.app = null;
  }

  /** Cold backup of both stores at one moment: the app stopped, each store shut down cleanly and copied. */
  async backup(name: string): Promise<void> {
    await this.stopApp();
    for (const store of ['postgres', 'temporal'] as const) {
      await this.stopStore(store);
      copyTree(path.join(this.dir, store), path.join(this.dir, `backup-${name}`, store));
      await this.startStore(store);
    }
    await this.startApp();
  }

  /** Puts one store back as the named backup left it; the other keeps its present state. */
  async restore(store: Store, name: string): Promise<void> {
    await this.stopApp();
    await this.stopStore(store);
    rmSync(path.join(this.dir, store), { recursive: true, force: true });
    copyTree(path.join(this.dir, `backup-${name}`, store), path.join(this.dir, store));
    await this.startStore(store);
    await this.startApp();
  }

  /** `npm run ops:reconcile` in process, on the drill's stores. */
  async reconcile(dryRun = false): Promise<ReconcileReport> {
    const orm = await openMigratedOrm(this.pg.url, 2);
    try {
      return await reconcileJourneys(orm, this.app!.client, {
        dryRun,
        operator: 'drill-operator',
        taskQueue: this.taskQueue,
        cipher: new FieldCipher(loadDataKeys(process.env)),
      });
    } finally {
      await orm.close(true);
    }
  }

  async stop(): Promise<void> {
    await this.stopApp();
    await this.temporal?.stop();
    await this.pg?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
