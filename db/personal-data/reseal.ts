import type { EntityManager } from '@mikro-orm/postgresql';
import { isSealed, type FieldCipher } from '../../config/crypto/field-cipher';
import { nikHash } from './sealed-columns';
import { countPlaintextInPlace } from './rotate-sealed-columns';
import { countPlaintextForms } from './sealed-forms';
import { countPlaintextReportFiles } from './sealed-report-files';

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
 * migrations (db/migrate.ts) and as `npm run db:rotate-keys`. Pages by id, one UPDATE per page; a
 * row is updated only if it still holds what was read, so concurrent runs (several processes migrating at
 * once) are safe.
 */
export async function resealPersonalData(
  em: EntityManager,
  cipher: FieldCipher,
  pageSize = 500,
): Promise<ResealReport> {
  const conn = em.getConnection();
  const current = `enc:v1:${cipher.currentKeyId}:`;
  const report: ResealReport = { sealed: 0, rotated: 0 };
  const next = (stored: string | null, counts: ResealReport): string | null => {
    if (stored === null) return null;
    if (!isSealed(stored)) {
      counts.sealed++;
      return cipher.encrypt(stored);
    }
    if (cipher.needsRotation(stored)) {
      counts.rotated++;
      return cipher.encrypt(cipher.decrypt(stored));
    }
    return stored;
  };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await conn.execute<Row[]>(
      `select id, nik, phone from beneficiary
        where id > ?
          and ((nik is not null and not starts_with(nik, ?)) or (phone is not null and not starts_with(phone, ?)))
        order by id limit ?`,
      [after, current, current, pageSize],
    );
    if (rows.length === 0) return report;
    const counts = new Map<string, ResealReport>();
    const changes = rows.map((row) => {
      const c: ResealReport = { sealed: 0, rotated: 0 };
      counts.set(row.id, c);
      return {
        id: row.id,
        old_nik: row.nik,
        old_phone: row.phone,
        new_nik: next(row.nik, c),
        new_phone: next(row.phone, c),
        new_hash: row.nik !== null && !isSealed(row.nik) ? nikHash(cipher, row.nik) : null,
      };
    });
    // One statement per page; a row changed meanwhile (another run, an erasure) is left as it is.
    const done = await conn.execute<{ id: string }[]>(
      `update beneficiary b set nik = v.new_nik, phone = v.new_phone, nik_hash = coalesce(v.new_hash, b.nik_hash)
        from jsonb_to_recordset(?::jsonb)
          as v(id uuid, old_nik text, old_phone text, new_nik text, new_phone text, new_hash text)
        where b.id = v.id and b.nik is not distinct from v.old_nik and b.phone is not distinct from v.old_phone
        returning b.id`,
      [JSON.stringify(changes)],
    );
    for (const { id } of done) {
      const c = counts.get(id)!;
      report.sealed += c.sealed;
      report.rotated += c.rotated;
    }
    after = rows[rows.length - 1].id;
  }
}

/** Values and forms not yet sealed (the API and the worker refuse to start while any remain). */
export async function countPlaintextPersonalData(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ n: string }[]>(
    `select count(*) as n from beneficiary
      where (nik is not null and not starts_with(nik, 'enc:v1:'))
        or (phone is not null and not starts_with(phone, 'enc:v1:'))`,
  );
  const others = [countPlaintextForms, countPlaintextInPlace, countPlaintextReportFiles];
  let n = Number(rows[0].n);
  for (const count of others) n += await count(em);
  return n;
}
