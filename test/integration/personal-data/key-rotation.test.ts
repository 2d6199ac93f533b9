import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { FieldCipher, parseDataKeys } from '../../../config/crypto/field-cipher';
import { migrateUp, openMigratedOrm } from '../../../db/migrate';
import { ormConfig } from '../../../db/orm.config';
import { nikHash, sealPerson } from '../../../db/personal-data/sealed-columns';
import { rotateKeys } from '../../../db/rotate-keys';
import { rawQuery } from '../../support/raw-sql';
import { testDatabaseUrl } from '../../support/servers';

const key = (n: number): string => Buffer.alloc(32, n).toString('base64');
const HASH_KEY = key(9);
const v1 = parseDataKeys(`k1:${key(1)}`, HASH_KEY);
const v2 = parseDataKeys(`k2:${key(2)},k1:${key(1)}`, HASH_KEY); // the new key first, the old one still there
const v2only = parseDataKeys(`k2:${key(2)}`, HASH_KEY);
const v3 = parseDataKeys(`k3:${key(3)},k2:${key(2)}`, HASH_KEY);

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

  it('re-seals a few thousand rows in seconds (pages of 500, one guarded UPDATE per page)', async () => {
    const rows = 3000;
    const cipher = new FieldCipher(v2);
    const sealed = Array.from({ length: rows }, (_, i) => sealPerson(cipher, `3175${String(i).padStart(12, '0')}`, `+62812${String(i).padStart(7, '0')}`));
    await rawQuery(`insert into beneficiary (id, nik, nik_hash, phone, name, sex, birth_date, disability, region_code, programme_id, enrolment_key, created_by)
      select gen_random_uuid(), n, h, p, 'Bulk Row', 'MALE', '1990-01-01', false, '52.71', 'default', 'bulk-' || h, 'test'
      from unnest($1::text[], $2::text[], $3::text[]) as u(n, h, p)`, [sealed.map((x) => x.nik), sealed.map((x) => x.nikHash), sealed.map((x) => x.phone)], url);
    const started = performance.now();
    const report = await rotateKeys(url, new FieldCipher(v3));
    const seconds = (performance.now() - started) / 1000;
    console.log(`key rotation: ${report.rotated} values in ${rows + 2} rows re-sealed in ${seconds.toFixed(1)} s`);
    expect(report).toEqual({ sealed: 0, rotated: rows * 2 + 3 });
    const [left] = await rawQuery<{ n: string }>(`select count(*) as n from beneficiary where not starts_with(nik, 'enc:v1:k3:') or not starts_with(phone, 'enc:v1:k3:')`, [], url);
    expect(Number(left.n)).toBe(0);
    expect(seconds).toBeLessThan(120); // only catches a hang; the figure is in the log
  }, 180_000);
});
