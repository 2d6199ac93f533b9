import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { FieldCipher, parseDataKeys } from '../../../config/crypto/field-cipher';
import { migrateUp, openMigratedOrm } from '../../../db/migrate';
import { ormConfig } from '../../../db/orm.config';
import { nikHash } from '../../../db/personal-data/sealed-columns';
import { rotateKeys } from '../../../db/rotate-keys';
import { rawQuery } from '../../support/raw-sql';
import { testDatabaseUrl } from '../../support/servers';

const key = (n: number): string => Buffer.alloc(32, n).toString('base64');
const HASH_KEY = key(9);
const v1 = parseDataKeys(`k1:${key(1)}`, HASH_KEY);
const v2 = parseDataKeys(`k2:${key(2)},k1:${key(1)}`, HASH_KEY); // the new key first, the old one still there
const v2only = parseDataKeys(`k2:${key(2)}`, HASH_KEY);

/**
 * Rows written before encryption at rest are sealed by the migration step, and `npm run
 * db:rotate-keys` re-seals every value to the current key. On its own database of the run's
 * PostgreSQL: re-sealing rewrites every row, which other test files must not see.
 */
describe('encryption at rest: sealing old plaintext rows and rotating the key', () => {
  const dbName = `jejak_rotation_${randomUUID().slice(0, 8)}`;
  const url = testDatabaseUrl().replace(/\/[^/?]+(\?|$)/, `/${dbName}$1`);
  const people = [
    { id: randomUUID(), nik: '3174010101900001' },
    { id: randomUUID(), nik: '3174010101900002' },
  ];

  beforeAll(async () => {
    await rawQuery(`create database ${dbName}`);
    // The database as it was before encryption at rest, with plaintext NIKs in it.
    const orm = await MikroORM.init(ormConfig(url, { poolMax: 1 }));
    try { await orm.getMigrator().up({ to: 'Migration20261126090000AuditLog' }); } finally { await orm.close(true); }
    for (const p of people) {
      await rawQuery(`insert into beneficiary (id, nik, name, sex, birth_date, disability, region_code, programme_id, enrolment_key, created_by)
        values ($1, $2, 'Old Row', 'FEMALE', '1980-01-01', false, '52.71', 'default', $3, 'test')`, [p.id, p.nik, `old-${p.id}`], url);
    }
  });
  afterAll(async () => { await rawQuery(`drop database if exists ${dbName} with (force)`); });

  const stored = () => rawQuery<{ id: string; nik: string; nik_hash: string; phone: string | null }>('select id, nik, nik_hash, phone from beneficiary order by nik_hash', [], url);

  it('migrating seals the plaintext NIKs and fills their blind index; the API would refuse to start before that', async () => {
    await migrateUp(url, v1);
    const rows = await stored();
    expect(rows).toHaveLength(2);
    const cipher = new FieldCipher(v1);
    for (const p of people) {
      const row = rows.find((r) => r.id === p.id)!;
      expect(row.nik.startsWith('enc:v1:k1:')).toBe(true);
      expect(row.nik).not.toContain(p.nik.slice(4, 12));
      expect(cipher.decrypt(row.nik)).toBe(p.nik);
      expect(row.nik_hash).toBe(nikHash(cipher, p.nik));
    }
    // A plaintext value that appears later (written by an old process) stops the API and the worker.
    await rawQuery(`update beneficiary set phone = '+6281234567890' where id = $1`, [people[0].id], url);
    await expect(openMigratedOrm(url, 1)).rejects.toThrow(/1 personal data value\(s\) not yet sealed.*db:migrate/);
    await migrateUp(url, v1);
    expect(new FieldCipher(v1).decrypt((await stored()).find((r) => r.id === people[0].id)!.phone!)).toBe('+6281234567890');
  });

  it('rotation re-seals every value with the new key, after which the old key can be removed; a second run has nothing to do', async () => {
    const before = await stored();
    const report = await rotateKeys(url, new FieldCipher(v2));
    expect(report).toEqual({ sealed: 0, rotated: 3 }); // two NIKs and one phone
    const after = await stored();
    const onlyNew = new FieldCipher(v2only);
    for (const row of after) {
      expect(row.nik.startsWith('enc:v1:k2:')).toBe(true);
      const old = before.find((b) => b.id === row.id)!;
      expect(onlyNew.decrypt(row.nik)).toBe(new FieldCipher(v1).decrypt(old.nik));
      expect(row.nik_hash).toBe(old.nik_hash); // the blind index does not depend on the encryption key
      if (row.phone) expect(onlyNew.decrypt(row.phone)).toBe('+6281234567890');
    }
    expect(await rotateKeys(url, new FieldCipher(v2))).toEqual({ sealed: 0, rotated: 0 });
  });
});
