import { MikroORM } from '@mikro-orm/postgresql';
import { FieldCipher, type DataKeys } from '../config/crypto/field-cipher';
import { ConfigError, loadDataKeys } from '../config/env';
import { journeysWithoutIndicatorRows, writeIndicatorRows } from './facts/journey-indicator-row.sql';
import { sqlIn } from './shared/sql-rows';
import { journeySummaryUpsert } from './facts/journey-summary.sql';
import { INDICATOR_ROW_FACT_TYPES } from '../domain/indicator/indicator-row.types';
import { ormConfig, type OrmOptions } from './orm.config';
import { countPlaintextPersonalData, resealPersonalData } from './personal-data/reseal';
import { rotateSealedTable, SEALED_IN_PLACE } from './personal-data/rotate-sealed-columns';
import { sealPlaintextForms } from './personal-data/sealed-forms';
import { resealReportFiles } from './personal-data/sealed-report-files';

/**
 * Applies every committed migration that is not yet applied, then seals any personal data and raw form still
 * in plaintext (rows from before encryption at rest: a migration has no keys). Safe to run on every start.
 */
export async function migrateUp(databaseUrl: string, dataKeys: DataKeys): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { poolMax: 2 }));
  try {
    const applied = await orm.getMigrator().up();
    await resealPlaintext(orm, dataKeys);
    await fillMissingSummaries(orm);
    await fillMissingIndicatorRows(orm);
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

async function resealPlaintext(orm: MikroORM, dataKeys: DataKeys): Promise<void> {
  const em = orm.em.fork();
  if ((await countPlaintextPersonalData(em)) === 0) return;
  const cipher = new FieldCipher(dataKeys);
  const { sealed } = await resealPersonalData(em, cipher);
  let forms = await sealPlaintextForms(em, cipher);
  for (const [table, columns] of Object.entries(SEALED_IN_PLACE))
    forms += await rotateSealedTable(em, cipher, table, columns);
  forms += await resealReportFiles(em, cipher);
  process.stderr.write(
    `sealed ${sealed} plaintext personal data value(s) and ${forms} form(s), text(s) or report file(s) ` +
      `with key ${cipher.currentKeyId}\n`,
  );
}

/**
 * Writes the summary row of every journey that has none (journeys recorded before journey_summary existed), from
 * its facts, so the dashboards count them without a manual `db:rebuild-facts`. Nothing to do on later starts.
 */
async function fillMissingSummaries(orm: MikroORM): Promise<void> {
  const missing =
    'select j.id from journey j where not exists (select 1 from journey_summary s where s.journey_id = j.id)';
  const filled = (await orm.em.getConnection().execute(journeySummaryUpsert(missing), [], 'run')) as unknown as {
    affectedRows: number;
  };
  if (filled.affectedRows > 0) process.stderr.write(`wrote the summary of ${filled.affectedRows} journey(s)\n`);
}

/**
 * Writes the indicator side rows (journey_indicator_row) of journeys with facts and none (recorded before the table
 * existed), 500 journeys a transaction, so an open-period dashboard counts them without a manual rebuild.
 */
async function fillMissingIndicatorRows(orm: MikroORM): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  let journeys = 0;
  for (;;) {
    const batch = await orm.em.fork().transactional(async (tx) => {
      const sql = sqlIn(tx);
      const ids = (
        await sql(journeysWithoutIndicatorRows(), [after, JSON.stringify(INDICATOR_ROW_FACT_TYPES), 500])
      ).map((r) => String(r.id));
      await writeIndicatorRows(sql, ids);
      return ids;
    });
    if (batch.length === 0) break;
    journeys += batch.length;
    after = batch[batch.length - 1];
  }
  if (journeys > 0) process.stderr.write(`wrote the indicator rows of ${journeys} journey(s)\n`);
}

/** Names of committed migrations not applied to this database: processes refuse to start if any. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.map((m) => m.name);
}

/**
 * Opens the ORM and refuses (with the command to run) when the database is not migrated or holds plaintext
 * personal data.
 */
export async function openMigratedOrm(databaseUrl: string, poolMax = 10, options: OrmOptions = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { poolMax, ...options }));
  const pending = await pendingMigrations(orm);
  const plaintext = pending.length > 0 ? 0 : await countPlaintextPersonalData(orm.em.fork());
  if (pending.length > 0 || plaintext > 0) {
    await orm.close(true);
    const what =
      pending.length > 0 ? `${pending.join(', ')} pending` : `${plaintext} personal data value(s) not yet sealed`;
    throw new Error(
      `database is not migrated (${what}): run \`npm run db:migrate\` (npm start migrates automatically)`,
    );
  }
  return orm;
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('configuration error: DATABASE_URL is required but not set\n');
    process.exit(78);
  }
  let dataKeys: DataKeys;
  try {
    dataKeys = loadDataKeys(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`configuration error: ${err.message}\n`);
    process.exit(78);
  }
  migrateUp(url, dataKeys).then(
    (names) => process.stdout.write(names.length ? `applied: ${names.join(', ')}\n` : 'database already up to date\n'),
    (err: Error) => {
      process.stderr.write(`migration failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
