import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';

/**
 * How a raw form (an evidence row: assessment answers, incomes, visit notes, written reasons) is stored: the
 * JSON text sealed with the field cipher in `evidence.payload_sealed`. Only the row's id, journey, kind, status,
 * author and time stay in plaintext. Every writer seals through `sealForm`, every reader opens through `openForm`.
 */
export const sealForm = (cipher: FieldCipher, form: Record<string, unknown>): string =>
  cipher.encrypt(JSON.stringify(form));

/** The form of an evidence row as read from SQL (`payload_sealed`, and `payload` while it is not yet sealed). */
export function openForm(cipher: FieldCipher, row: Record<string, unknown>): Record<string, unknown> {
  if (typeof row.payload_sealed === 'string') return JSON.parse(cipher.decrypt(row.payload_sealed)) as never;
  return (row.payload ?? {}) as Record<string, unknown>;
}

type PlainRow = { id: string; payload: Record<string, unknown> };

/**
 * Seals every form still in plaintext (rows written before forms were sealed): `payload` moves into
 * `payload_sealed` and is cleared. Pages by id, one guarded UPDATE per page (a row changed meanwhile, e.g. by an
 * erasure, is left for the next run), so it is safe to run again or from several processes. Returns the count.
 */
export async function sealPlaintextForms(em: EntityManager, cipher: FieldCipher, pageSize = 500): Promise<number> {
  const conn = em.getConnection();
  let sealed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await conn.execute<PlainRow[]>(
      `select id, payload from evidence where id > ? and payload is not null order by id limit ?`,
      [after, pageSize],
    );
    if (rows.length === 0) return sealed;
    const changes = rows.map((r) => ({ id: r.id, old: r.payload, sealed: sealForm(cipher, r.payload) }));
    const done = await conn.execute<{ id: string }[]>(
      `update evidence e set payload_sealed = v.sealed, payload = null
        from jsonb_to_recordset(?::jsonb) as v(id uuid, old jsonb, sealed text)
        where e.id = v.id and e.payload = v.old
        returning e.id`,
      [JSON.stringify(changes)],
    );
    sealed += done.length;
    after = rows[rows.length - 1].id;
  }
}

/** Forms not yet sealed (counted with the personal data the API and the worker refuse to start with). */
export async function countPlaintextForms(em: EntityManager): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from evidence where payload is not null`);
  return Number(rows[0].n);
}

/**
 * Erasure of a person's free text in their forms, inside the caller's transaction: every top-level text field
 * named in `fields` becomes `replacement`, and the form is sealed again. Returns the ids of the forms changed.
 */
export async function blankFormTexts(
  sql: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  cipher: FieldCipher,
  journeyId: string,
  fields: readonly string[],
  replacement: string,
): Promise<string[]> {
  const rows = await sql(`select id, payload, payload_sealed from evidence where journey_id = ? for update`, [
    journeyId,
  ]);
  const changed: string[] = [];
  for (const row of rows) {
    const form = openForm(cipher, row);
    const texts = fields.filter((f) => typeof form[f] === 'string');
    if (texts.length === 0) continue;
    for (const f of texts) form[f] = replacement;
    await sql(`update evidence set payload_sealed = ?, payload = null where id = ?`, [sealForm(cipher, form), row.id]);
    changed.push(String(row.id));
  }
  return changed;
}
