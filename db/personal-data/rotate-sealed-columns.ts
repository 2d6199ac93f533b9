import type { EntityManager } from '@mikro-orm/postgresql';
import { isSealed, type FieldCipher } from '../../config/crypto/field-cipher';

/**
 * Columns that have only ever held sealed values (enc:v1:...), by table. Key rotation re-seals
 * them with the current key; the beneficiary's NIK and phone, which may still be plaintext from
 * before encryption at rest, are handled by reseal.ts. A new sealed column must be listed here,
 * or removing an old key would make it unreadable (test/integration/personal-data/key-rotation.test.ts).
 */
export const SEALED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  beneficiary: ['functioning'],
  complaint: ['body_sealed', 'contact_sealed'],
  conflict: ['description', 'outcome', 'lessons_learned'],
  complaint_answer: ['body_sealed'],
  evidence: ['payload_sealed'],
  safeguarding_report: ['description_sealed', 'reporter_sealed'],
  safeguarding_action: ['note_sealed'],
  selection_record: ['note'],
  webhook_endpoint: ['secret_sealed'],
  weekly_narrative: [
    'field_constraints_sealed',
    'participant_feedback_sealed',
    'next_week_plan_sealed',
    'lessons_learned_sealed',
  ],
};

const ident = (name: string): string => {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `"${name}"`;
};

/** A value under the current key: plaintext (a column written before it was sealed) sealed, older keys re-sealed. */
const resealed = (cipher: FieldCipher, stored: string): string =>
  !isSealed(stored)
    ? cipher.encrypt(stored)
    : cipher.needsRotation(stored)
      ? cipher.encrypt(cipher.decrypt(stored))
      : stored;

/**
 * Columns sealed in place whose rows written before they were sealed hold plaintext: sealed by db/migrate.ts after
 * the migrations (rotateSealedTable seals what is not sealed yet). The API and the worker refuse to start while any
 * remains.
 */
export const SEALED_IN_PLACE: Readonly<Record<string, readonly string[]>> = {
  conflict: ['description', 'outcome', 'lessons_learned'],
  selection_record: ['note'],
};

/** Values of SEALED_IN_PLACE columns still in plaintext. */
export async function countPlaintextInPlace(em: EntityManager): Promise<number> {
  let n = 0;
  for (const [table, columns] of Object.entries(SEALED_IN_PLACE)) {
    const plain = columns.map((c) => `(${ident(c)} is not null and not starts_with(${ident(c)}, 'enc:v1:'))`);
    const rows = await em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from ${ident(table)} where ${plain.join(' or ')}`);
    n += Number(rows[0].n);
  }
  return n;
}

/**
 * Re-seals every value of one table's sealed columns whose key is not the current one, and seals any plaintext.
 * Pages by id, one guarded UPDATE per page (a row changed meanwhile is left as it is). Returns the number of values
 * sealed or re-sealed.
 */
export async function rotateSealedTable(
  em: EntityManager,
  cipher: FieldCipher,
  table: string,
  columns: readonly string[],
  pageSize = 500,
): Promise<number> {
  const conn = em.getConnection();
  const current = `enc:v1:${cipher.currentKeyId}:`;
  const cols = columns.map(ident);
  const stale = cols.map((c) => `(${c} is not null and not starts_with(${c}, ?))`).join(' or ');
  let rotated = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await conn.execute<Record<string, string | null>[]>(
      `select id, ${cols.join(', ')} from ${ident(table)} where id > ? and (${stale}) order by id limit ?`,
      [after, ...columns.map(() => current), pageSize],
    );
    if (rows.length === 0) return rotated;
    const changes = rows.map((row) => {
      const change: Record<string, string | null> = { id: row.id };
      for (const c of columns) {
        const stored = row[c];
        change[`old_${c}`] = stored;
        change[`new_${c}`] = stored === null ? null : resealed(cipher, stored);
      }
      return change;
    });
    const recordType = [
      'id uuid',
      ...columns.flatMap((c) => [`${ident(`old_${c}`)} text`, `${ident(`new_${c}`)} text`]),
    ].join(', ');
    const unchanged = columns.map((c) => `t.${ident(c)} is not distinct from v.${ident(`old_${c}`)}`).join(' and ');
    const done = await conn.execute<{ id: string }[]>(
      `update ${ident(table)} t set ${columns.map((c) => `${ident(c)} = v.${ident(`new_${c}`)}`).join(', ')}
        from jsonb_to_recordset(?::jsonb) as v(${recordType})
        where t.id = v.id and ${unchanged}
        returning t.id`,
      [JSON.stringify(changes)],
    );
    const doneIds = new Set(done.map((d) => d.id));
    for (const change of changes) {
      if (!doneIds.has(change.id as string)) continue;
      rotated += columns.filter((c) => change[`old_${c}`] !== change[`new_${c}`]).length;
    }
    after = rows[rows.length - 1].id as string;
  }
}

/** Every table of SEALED_COLUMNS brought to the current key; values re-sealed per table. */
export async function rotateSealedColumns(em: EntityManager, cipher: FieldCipher): Promise<Record<string, number>> {
  const report: Record<string, number> = {};
  for (const [table, columns] of Object.entries(SEALED_COLUMNS))
    report[table] = await rotateSealedTable(em, cipher, table, columns);
  return report;
}
