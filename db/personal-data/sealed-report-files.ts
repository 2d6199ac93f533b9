import type { EntityManager } from '@mikro-orm/postgresql';
import { isSealed, type FieldCipher } from '../../config/crypto/field-cipher';

/**
 * How a finished report's file is stored: `report_file.bytes` holds the UTF-8 text of the file's base64 sealed
 * with the field cipher (enc:v1:...), since a report can carry free text (facilitators' weekly narratives). Only
 * its size, SHA-256, name and content type stay in plaintext.
 */
export const sealReportBytes = (cipher: FieldCipher, bytes: Buffer): Buffer =>
  Buffer.from(cipher.encrypt(bytes.toString('base64')), 'utf8');

/** The file's bytes from what report_file stores (a file stored before files were sealed is read as it is). */
export function openReportBytes(cipher: FieldCipher, stored: Buffer): Buffer {
  const text = stored.subarray(0, 7).toString('utf8') === 'enc:v1:' ? stored.toString('utf8') : null;
  return text === null ? stored : Buffer.from(cipher.decrypt(text), 'base64');
}

/**
 * Seals report files still in plaintext and re-seals those under an older key, one guarded UPDATE per file (a file
 * replaced meanwhile is left as it is). Run after the migrations and by key rotation. Returns the files changed.
 */
export async function resealReportFiles(em: EntityManager, cipher: FieldCipher): Promise<number> {
  const conn = em.getConnection();
  const current = `enc:v1:${cipher.currentKeyId}:`;
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await conn.execute<{ job_id: string; bytes: Buffer }[]>(
      `select job_id, bytes from report_file
        where job_id > ? and substring(bytes from 1 for ?) <> convert_to(?, 'UTF8') order by job_id limit 50`,
      [after, Buffer.byteLength(current), current],
    );
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const text = row.bytes.toString('utf8');
      const plain = isSealed(text) ? Buffer.from(cipher.decrypt(text), 'base64') : row.bytes;
      const done = await conn.execute<{ job_id: string }[]>(
        `update report_file set bytes = ? where job_id = ? and bytes = ? returning job_id`,
        [sealReportBytes(cipher, plain), row.job_id, row.bytes],
      );
      changed += done.length;
    }
    after = rows[rows.length - 1].job_id;
  }
}

/** Report files not yet sealed (counted with the personal data the API and the worker refuse to start with). */
export async function countPlaintextReportFiles(em: EntityManager): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(
      `select count(*) as n from report_file where substring(bytes from 1 for 7) <> convert_to('enc:v1:', 'UTF8')`,
    );
  return Number(rows[0].n);
}
