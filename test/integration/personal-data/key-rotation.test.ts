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
const v4 = parseDataKeys(`k4:${key(4)},k3:${key(3)}`, HASH_KEY);

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
    try {
      await orm.getMigrator().up({ to: 'Migration20261126090000AuditLog' });
    } finally {
      await orm.close(true);
    }
    for (const p of people) {
      await rawQuery(
        `insert into beneficiary
          (id, nik, name, sex, birth_date, disability, region_code, programme_id, enrolment_key, created_by)
        values ($1, $2, 'Old Row', 'FEMALE', '1980-01-01', false, '52.71', 'default', $3, 'test')`,
        [p.id, p.nik, `old-${p.id}`],
        url,
      );
    }
  });
  afterAll(async () => {
    await rawQuery(`drop database if exists ${dbName} with (force)`);
  });

  const stored = () =>
    rawQuery<{ id: string; nik: string; nik_hash: string; phone: string | null }>(
      'select id, nik, nik_hash, phone from beneficiary order by nik_hash',
      [],
      url,
    );

  it('migrating seals plaintext NIKs and fills their blind index; before that the API refuses to start', async () => {
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
    expect(new FieldCipher(v1).decrypt((await stored()).find((r) => r.id === people[0].id)!.phone!)).toBe(
      '+6281234567890',
    );
  });

  it(
    'rotation re-seals every value with the new key, after which the old key can be removed; ' +
      'a second run has nothing to do',
    async () => {
      const before = await stored();
      const report = await rotateKeys(url, new FieldCipher(v2));
      expect(report).toMatchObject({ sealed: 0, rotated: 3 }); // two NIKs and one phone
      const after = await stored();
      const onlyNew = new FieldCipher(v2only);
      for (const row of after) {
        expect(row.nik.startsWith('enc:v1:k2:')).toBe(true);
        const old = before.find((b) => b.id === row.id)!;
        expect(onlyNew.decrypt(row.nik)).toBe(new FieldCipher(v1).decrypt(old.nik));
        expect(row.nik_hash).toBe(old.nik_hash); // the blind index does not depend on the encryption key
        if (row.phone) expect(onlyNew.decrypt(row.phone)).toBe('+6281234567890');
      }
      expect(await rotateKeys(url, new FieldCipher(v2))).toMatchObject({ sealed: 0, rotated: 0 });
    },
  );

  it('re-seals a few thousand rows in seconds (pages of 500, one guarded UPDATE per page)', async () => {
    const rows = 3000;
    const cipher = new FieldCipher(v2);
    const sealed = Array.from({ length: rows }, (_, i) =>
      sealPerson(cipher, `3175${String(i).padStart(12, '0')}`, `+62812${String(i).padStart(7, '0')}`),
    );
    await rawQuery(
      `insert into beneficiary (id, nik, nik_hash, phone, name, sex, birth_date, disability, region_code,
        programme_id, enrolment_key, created_by)
      select gen_random_uuid(), n, h, p, 'Bulk Row', 'MALE', '1990-01-01', false, '52.71', 'default', 'bulk-' || h,
        'test'
      from unnest($1::text[], $2::text[], $3::text[]) as u(n, h, p)`,
      [sealed.map((x) => x.nik), sealed.map((x) => x.nikHash), sealed.map((x) => x.phone)],
      url,
    );
    const started = performance.now();
    const report = await rotateKeys(url, new FieldCipher(v3));
    const seconds = (performance.now() - started) / 1000;
    console.log(`key rotation: ${report.rotated} values in ${rows + 2} rows re-sealed in ${seconds.toFixed(1)} s`);
    expect(report).toMatchObject({ sealed: 0, rotated: rows * 2 + 3 });
    const [left] = await rawQuery<{ n: string }>(
      'select count(*) as n from beneficiary ' +
        `where not starts_with(nik, 'enc:v1:k3:') or not starts_with(phone, 'enc:v1:k3:')`,
      [],
      url,
    );
    expect(Number(left.n)).toBe(0);
    expect(seconds).toBeLessThan(120); // only catches a hang; the figure is in the log
  }, 180_000);

  it('rotation also re-seals complaint and safeguarding texts, notes, WG-SS answers, webhook secrets', async () => {
    const k3 = new FieldCipher(v3);
    const complaintId = randomUUID();
    const reportId = randomUUID();
    // Written while k3 was current; the next rotation makes k4 current and k3 removable.
    await rawQuery(
      `insert into complaint (id, receipt_hash, programme_id, region_code, subject_kind, anonymous, body_sealed,
        contact_sealed, status, rules_id, rules_version, received_at, response_due_at)
      values ($1, $2, 'default', '52.71', 'PROGRAMME', false, $3, $4, 'RECEIVED', 'default', 1, now(), now())`,
      [complaintId, 'a'.repeat(64), k3.encrypt('the facilitator asked for money'), k3.encrypt('+6281234500000')],
      url,
    );
    await rawQuery(
      `insert into complaint_answer (id, complaint_id, body_sealed, created_by) values ($1, $2, $3, 'manager-1')`,
      [randomUUID(), complaintId, k3.encrypt('we are looking into it')],
      url,
    );
    await rawQuery(
      `insert into safeguarding_report
        (id, programme_id, region_code, category, at_risk_groups, description_sealed, anonymous, reporter_sealed,
        status, filed_at)
      values ($1, 'default', '52.71', 'ABUSE', '[]', $2, false, $3, 'OPEN', now())`,
      [reportId, k3.encrypt('what happened'), k3.encrypt('Ibu Reporter')],
      url,
    );
    await rawQuery(
      `insert into safeguarding_action (id, report_id, kind, note_sealed, actor_id, actor_role, at)
      values ($1, $2, 'VICTIM_SUPPORT', $3, 'sg-1', 'safeguarding', now())`,
      [randomUUID(), reportId, k3.encrypt('counselling arranged')],
      url,
    );

    const endpointId = randomUUID();
    await rawQuery(
      `insert into webhook_endpoint (id, programme_id, url, event_types, secret_sealed, created_by, created_at,
        updated_at) values ($1, 'default', 'https://partner.example/in', '{ENROLLED}', $2, 'admin-1', now(), now())`,
      [endpointId, k3.encrypt('whsec_c2VjcmV0')],
      url,
    );
    await rawQuery(
      `insert into weekly_narrative (id, facilitator_id, programme_id, week_of, field_constraints_sealed,
        participant_feedback_sealed, next_week_plan_sealed, lessons_learned_sealed, idempotency_key, recorded_at,
        updated_at)
      values ($1, 'fac-rot', 'default', '2026-11-30', $2, $3, $4, $5, 'rotation-key', now(), now())`,
      [randomUUID(), k3.encrypt('flooded road'), k3.encrypt('liked it'), k3.encrypt('visit'), k3.encrypt('lesson')],
      url,
    );

    const answers = JSON.stringify({ SEEING: 'NO_DIFFICULTY', WALKING: 'A_LOT_OF_DIFFICULTY' });
    const [person] = await rawQuery<{ id: string }>(
      `update beneficiary set functioning = $1
        where id = (select id from beneficiary order by id limit 1) returning id`,
      [k3.encrypt(answers)],
      url,
    );

    const report = await rotateKeys(url, new FieldCipher(v4));
    expect(report.rotated).toBe(3 + 3000 * 2); // the beneficiaries too
    expect(report.otherTables).toEqual({
      beneficiary: 1,
      complaint: 2,
      complaint_answer: 1,
      conflict: 0,
      evidence: 0,
      report_file: 0,
      safeguarding_report: 2,
      safeguarding_action: 1,
      selection_record: 0,
      webhook_endpoint: 1,
      weekly_narrative: 4,
    });
    const [w] = await rawQuery<{ secret_sealed: string }>(
      'select secret_sealed from webhook_endpoint where id = $1',
      [endpointId],
      url,
    );
    expect(new FieldCipher(parseDataKeys(`k4:${key(4)}`, HASH_KEY)).decrypt(w.secret_sealed)).toBe('whsec_c2VjcmV0');
    const k4only = new FieldCipher(parseDataKeys(`k4:${key(4)}`, HASH_KEY));
    const [f] = await rawQuery<{ functioning: string }>(
      'select functioning from beneficiary where id = $1',
      [person.id],
      url,
    );
    expect(k4only.decrypt(f.functioning)).toBe(answers);
    const [c] = await rawQuery<{ body_sealed: string; contact_sealed: string }>(
      'select body_sealed, contact_sealed from complaint where id = $1',
      [complaintId],
      url,
    );
    expect(k4only.decrypt(c.body_sealed)).toBe('the facilitator asked for money');
    expect(k4only.decrypt(c.contact_sealed)).toBe('+6281234500000');
    const [a] = await rawQuery<{ body_sealed: string }>(
      'select body_sealed from complaint_answer where complaint_id = $1',
      [complaintId],
      url,
    );
    expect(k4only.decrypt(a.body_sealed)).toBe('we are looking into it');
    const [r] = await rawQuery<{ description_sealed: string; reporter_sealed: string }>(
      'select description_sealed, reporter_sealed from safeguarding_report where id = $1',
      [reportId],
      url,
    );
    expect(k4only.decrypt(r.reporter_sealed)).toBe('Ibu Reporter');
    expect(k4only.decrypt(r.description_sealed)).toBe('what happened');
    const [n] = await rawQuery<{ note_sealed: string }>(
      'select note_sealed from safeguarding_action where report_id = $1',
      [reportId],
      url,
    );
    expect(k4only.decrypt(n.note_sealed)).toBe('counselling arranged');
    expect((await rotateKeys(url, new FieldCipher(v4))).otherTables).toEqual({
      beneficiary: 0,
      complaint: 0,
      complaint_answer: 0,
      conflict: 0,
      evidence: 0,
      report_file: 0,
      safeguarding_report: 0,
      safeguarding_action: 0,
      selection_record: 0,
      webhook_endpoint: 0,
      weekly_narrative: 0,
    });
  });
});
