import type { EntityManager } from '@mikro-orm/postgresql';
import { isSealed, type FieldCipher } from '../../config/crypto/field-cipher';
import { nikHash } from './sealed-columns';

export interface ResealReport {
  /** Values that were still plaintext (rows written before encryption at rest) and are now sealed. */
  sealed: number;
  /** Values sealed by an older key and now re-sealed with the current one. */
  rotated: number;
}

type Row = { id: string; nik: string | null; phone: string | null };

/**
 * Brings every sensitive beneficiary column to the current key: seals plaintext values (and fills
 * the NIK's blind index), and re-seals values whose key is not the current one. Runs after the
 * migrations (db/migrate.ts) and as `npm run db:rotate-keys`. Pages by id; each row is updated only
 * if it still holds what was read, so concurrent runs (several processes migrating at once) are safe.
 */
export async function resealPersonalData(em: EntityManager, cipher: FieldCipher, pageSize = 500): Promise<ResealReport> {
  const conn = em.getConnection();
  const current = `enc:v1:${cipher.currentKeyId}:`;
  const report: ResealReport = { sealed: 0, rotated: 0 };
  const next = (stored: string | null, counts: ResealReport): string | null => {
    if (stored === null) return null;
    if (!isSealed(stored)) { counts.sealed++; return cipher.encrypt(stored); }
    if (cipher.needsRotation(stored)) { counts.rotated++; return cipher.encrypt(cipher.decrypt(stored)); }
    return stored;
  };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await conn.execute<Row[]>(
      `select id, nik, phone from beneficiary
        where id > ? and ((nik is not null and not starts_with(nik, ?)) or (phone is not null and not starts_with(phone, ?)))
        order by id limit ?`, [after, current, current, pageSize]);
    if (rows.length === 0) return report;
    for (const row of rows) {
      const counts: ResealReport = { sealed: 0, rotated: 0 };
      const hash = row.nik !== null && !isSealed(row.nik) ? nikHash(cipher, row.nik) : undefined;
      const res = await conn.execute<{ affectedRows: number }>(
        `update beneficiary set nik = ?, phone = ?${hash ? ', nik_hash = ?' : ''}
          where id = ? and nik is not distinct from ? and phone is not distinct from ?`,
        [next(row.nik, counts), next(row.phone, counts), ...(hash ? [hash] : []), row.id, row.nik, row.phone], 'run');
      if (res.affectedRows === 1) { report.sealed += counts.sealed; report.rotated += counts.rotated; }
    }
    after = rows[rows.length - 1].id;
  }
}

/** Values not yet sealed (the API and the worker refuse to start while any remain). */
export async function countPlaintextPersonalData(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ n: string }[]>(
    `select count(*) as n from beneficiary where (nik is not null and not starts_with(nik, 'enc:v1:')) or (phone is not null and not starts_with(phone, 'enc:v1:'))`);
  return Number(rows[0].n);
}
