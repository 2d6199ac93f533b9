import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { FieldCipher, parseDataKeys } from '../../../config/crypto/field-cipher';
import { migrateUp, openMigratedOrm } from '../../../db/migrate';
import { ormConfig } from '../../../db/orm.config';
import { openForm } from '../../../db/personal-data/sealed-forms';
import { rotateKeys } from '../../../db/rotate-keys';
import { rawQuery } from '../../support/raw-sql';
import { testDatabaseUrl } from '../../support/servers';

const key = (n: number): string => Buffer.alloc(32, n).toString('base64');
const HASH_KEY = key(9);
const v1 = parseDataKeys(`k1:${key(1)}`, HASH_KEY);
const v2 = parseDataKeys(`k2:${key(2)},k1:${key(1)}`, HASH_KEY);
const v2only = parseDataKeys(`k2:${key(2)}`, HASH_KEY);

/**
 * Raw forms and conflict texts written before they were sealed are sealed by the step after the migrations, once
 * (a second run changes nothing), and `npm run db:rotate-keys` re-seals them. On its own database: sealing rewrites
 * rows other test files must not see.
 */
describe('raw forms and conflict texts: sealing rows written in plaintext, then rotating the key', () => {
  const dbName = `jejak_forms_${randomUUID().slice(0, 8)}`;
  const url = testDatabaseUrl().replace(/\/[^/?]+(\?|$)/, `/${dbName}$1`);
  const personId = randomUUID();
  const evidenceId = randomUUID();
  const conflictId = randomUUID();
  const form = { challenges: 'Menderita TBC sejak 2024', income: { monthlyFamilyIncome: 900000 } };

  beforeAll(async () => {
    await rawQuery(`create database ${dbName}`);
    // The database as it was before forms were sealed, a plaintext form and conflict in it.
    const orm = await MikroORM.init(ormConfig(url, { poolMax: 1 }));
    try {
      await orm.getMigrator().up({ to: 'Migration20261206160000Reconciliation' });
    } finally {
      await orm.close(true);
    }
    const sealedNik = new FieldCipher(v1);
    await rawQuery(
      `insert into beneficiary (id, nik, nik_hash, name, sex, birth_date, disability, region_code, programme_id,
        enrolment_key, created_by)
      values ($1, $2, $3, 'Old Row', 'FEMALE', '1980-01-01', false, '52.71', 'default', $4, 'test')`,
      [personId, sealedNik.encrypt('3174010101900009'), 'b'.repeat(64), `old-${personId}`],
      url,
    );
    await rawQuery(
      `insert into evidence (id, journey_id, kind, payload, status, created_by)
      values ($1, $2, 'ASSESSMENT', $3::jsonb, 'ACCEPTED', 'test')`,
      [evidenceId, personId, JSON.stringify(form)],
      url,
    );
    await rawQuery(
      `insert into conflict (id, programme_id, region_code, type, category, parties, journey_ids, group_ids,
        description, status, outcome, lessons_learned, recorded_by, recorded_at)
      values ($1, 'default', '52.71', 'OTHER', 'MINOR', '[]', '[]', '[]', 'Accused of theft', 'RESOLVED',
        'Apology', 'Talk first', 'test', now())`,
      [conflictId],
      url,
    );
  });
  afterAll(async () => {
    await rawQuery(`drop database if exists ${dbName} with (force)`);
  });

  const evidence = async () =>
    (await rawQuery<Record<string, unknown>>('select * from evidence where id = $1', [evidenceId], url))[0];
  const conflict = async () =>
    (
      await rawQuery<Record<string, string>>(
        'select description, outcome, lessons_learned from conflict where id = $1',
        [conflictId],
        url,
      )
    )[0];

  it('seals them after migrating (the API refuses to start before), and a second run changes nothing', async () => {
    await MikroORM.init(ormConfig(url, { poolMax: 1 })).then(async (orm) => {
      try {
        await orm.getMigrator().up();
      } finally {
        await orm.close(true);
      }
    });
    await expect(openMigratedOrm(url, 1)).rejects.toThrow(/not yet sealed/);
    await migrateUp(url, v1);
    const row = await evidence();
    expect(row.payload).toBeNull();
    expect(row.payload_sealed).toMatch(/^enc:v1:k1:/);
    expect(JSON.stringify(row)).not.toContain('TBC');
    expect(openForm(new FieldCipher(v1), row)).toEqual(form);
    const texts = await conflict();
    for (const v of Object.values(texts)) expect(v).toMatch(/^enc:v1:k1:/);
    await migrateUp(url, v1);
    expect(await evidence()).toEqual(row);
    expect(await conflict()).toEqual(texts);
    await (await openMigratedOrm(url, 1)).close(true);
  });

  it('rotation re-seals them under the new key; the old key can then go', async () => {
    const report = await rotateKeys(url, new FieldCipher(v2));
    expect(report.otherTables).toMatchObject({ evidence: 1, conflict: 3 });
    const k2only = new FieldCipher(v2only);
    expect(openForm(k2only, await evidence())).toEqual(form);
    const texts = await conflict();
    expect([texts.description, texts.outcome, texts.lessons_learned].map((t) => k2only.decrypt(t))).toEqual([
      'Accused of theft',
      'Apology',
      'Talk first',
    ]);
  });
});
