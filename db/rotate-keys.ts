import { FieldCipher } from '../config/crypto/field-cipher';
import { ConfigError, loadDataKeys } from '../config/env';
import { openMigratedOrm } from './migrate';
import { resealPersonalData, type ResealReport } from './personal-data/reseal';
import { rotateSealedColumns } from './personal-data/rotate-sealed-columns';
import { sealPlaintextForms } from './personal-data/sealed-forms';
import { resealReportFiles } from './personal-data/sealed-report-files';

/**
 * Beneficiary NIK/phone (sealed or re-sealed) and forms still in plaintext (sealed), plus the other sealed columns
 * re-sealed, by table.
 */
export interface RotationReport extends ResealReport {
  otherTables: Record<string, number>;
}

/**
 * `npm run db:rotate-keys`: re-seals every encrypted value whose key is not the first of
 * DATA_ENCRYPTION_KEYS. Rotation: put the new key first (keep the old ones after it), restart the
 * API and the worker, run this, then remove the old keys. Safe to run again or while serving.
 */
export async function rotateKeys(databaseUrl: string, cipher: FieldCipher): Promise<RotationReport> {
  const orm = await openMigratedOrm(databaseUrl, 2);
  try {
    const beneficiaries = await resealPersonalData(orm.em.fork(), cipher);
    beneficiaries.sealed += await sealPlaintextForms(orm.em.fork(), cipher);
    const otherTables = await rotateSealedColumns(orm.em.fork(), cipher);
    otherTables.report_file = await resealReportFiles(orm.em.fork(), cipher);
    return { ...beneficiaries, otherTables };
  } finally {
    await orm.close(true);
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  let cipher: FieldCipher;
  try {
    if (!url) throw new ConfigError('DATABASE_URL is required but not set');
    cipher = new FieldCipher(loadDataKeys(process.env));
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`configuration error: ${err.message}\n`);
    process.exit(78);
  }
  rotateKeys(url, cipher).then(
    (r) => {
      const others = Object.entries(r.otherTables)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ');
      process.stdout.write(
        `re-sealed ${r.rotated} beneficiary value(s) with key ${cipher.currentKeyId} ` +
          `(and sealed ${r.sealed} plaintext value(s)); other sealed columns: ${others}; ` +
          'no value uses an older key now\n',
      );
    },
    (err: Error) => {
      process.stderr.write(`key rotation failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
