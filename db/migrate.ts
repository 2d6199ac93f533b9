import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type OrmOptions } from './orm.config';

/** Applies every committed migration that is not yet applied. Safe to run on every start. */
export async function migrateUp(databaseUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { poolMax: 2 }));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

/** Names of committed migrations not applied to this database: processes refuse to start if any. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.map((m) => m.name);
}

/** Opens the ORM and refuses (with the command to run) when the database is not migrated. */
export async function openMigratedOrm(databaseUrl: string, poolMax = 10, options: OrmOptions = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { poolMax, ...options }));
  const pending = await pendingMigrations(orm);
  if (pending.length > 0) {
    await orm.close(true);
    throw new Error(`database is not migrated (${pending.join(', ')} pending): run \`npm run db:migrate\` (npm start migrates automatically)`);
  }
  return orm;
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('configuration error: DATABASE_URL is required but not set\n');
    process.exit(78);
  }
  migrateUp(url).then(
    (names) => process.stdout.write(names.length ? `applied: ${names.join(', ')}\n` : 'database already up to date\n'),
    (err: Error) => { process.stderr.write(`migration failed: ${err.message}\n`); process.exit(1); },
  );
}
