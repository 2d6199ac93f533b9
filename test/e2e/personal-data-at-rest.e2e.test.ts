import { randomUUID } from 'node:crypto';
import { randomNik, startAppHarness, FACILITATOR, MANAGER, type AppHarness } from '../support/app-harness';
import { BULK_ENROL, CSV_HEADER, csvLine } from '../support/bulk-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { rawQuery } from '../support/raw-sql';

const PERSON = `query($id: ID!) { beneficiary(id: $id) { nikMasked phoneMasked } }`;
const REVEAL = (field: 'Nik' | 'Phone') =>
  `mutation($id: ID!, $reason: String!) { reveal${field}(beneficiaryId: $id, reason: $reason) }`;
const READ_ROWS =
  'query($id: ID!) { auditLog(filter: { journeyId: $id, source: READ }) { edges { node { action reason } } } }';
const AUDITOR = { user: 'auditor-3', role: 'auditor' };

/** Digit runs of a value that a leak would show: every 8-digit window. */
const windows = (digits: string): string[] =>
  Array.from({ length: digits.length - 7 }, (_, i) => digits.slice(i, i + 8));

describe('NIK and phone are encrypted at rest, masked in reads, revealed only by a logged action', () => {
  let app: AppHarness;
  const nik = randomNik();
  const typedPhone = `0812-${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}-7789`;
  const phone = `+62${typedPhone.replace(/-/g, '').slice(1)}`;
  let id: string;

  beforeAll(async () => {
    app = await startAppHarness();
    const res = await app.gql(
      ENROLL,
      { input: enrolmentInput(nik, { phone: typedPhone }), key: `rest-${randomUUID()}` },
      FACILITATOR,
    );
    expect(res.errors).toBeUndefined();
    // The person's UUID (beneficiary and journey share it): the row's key, and what bulk results report.
    id = res.data!.enrollBeneficiary.journeyId;
  });
  afterAll(() => app?.stop());

  it('stores the NIK and the phone sealed: the raw row holds neither, nor any 8-digit run of them', async () => {
    const [row] = await rawQuery<Record<string, string>>('select * from beneficiary where id = $1', [id]);
    expect(row.nik).toMatch(/^enc:v1:[\w-]+:/);
    expect(row.phone).toMatch(/^enc:v1:[\w-]+:/);
    expect(row.nik_hash).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(row);
    for (const secret of [nik, phone, ...windows(nik), ...windows(phone.slice(3))]) expect(text).not.toContain(secret);
    // ...and no row of the table holds a plaintext NIK or phone.
    const [plain] = await rawQuery<{ n: string }>(`select count(*) as n from beneficiary
      where nik ~ '^[0-9]{16}$' or not starts_with(nik, 'enc:v1:') or not starts_with(phone, 'enc:v1:')`);
    expect(Number(plain.n)).toBe(0);
  });

  it('shows both masked to readers, and reveals each in full with one READ audit row per reveal', async () => {
    const res = await app.gql(PERSON, { id }, FACILITATOR);
    expect(res.data!.beneficiary).toEqual({
      nikMasked: `${nik.slice(0, 4)}********${nik.slice(12)}`,
      phoneMasked: `0812*****789`,
    });
    expect(
      (await app.gql(REVEAL('Nik'), { id, reason: 'Opening the grant bank account' }, MANAGER)).data?.revealNik,
    ).toBe(nik);
    expect(
      (await app.gql(REVEAL('Phone'), { id, reason: 'Calling about the missed session' }, AUDITOR)).data?.revealPhone,
    ).toBe(phone);
    const rows = (await app.gql(READ_ROWS, { id }, AUDITOR)).data!.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(rows).toEqual([
      { action: 'revealNik', reason: 'Opening the grant bank account' },
      { action: 'revealPhone', reason: 'Calling about the missed session' },
    ]);
    expect((await app.gql(REVEAL('Phone'), { id, reason: 'x' }, MANAGER)).errors?.[0].extensions?.code).toBe(
      'REASON_REQUIRED',
    );
    expect(
      (await app.gql(REVEAL('Phone'), { id, reason: 'I would like to call her' }, FACILITATOR)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses a duplicate NIK (DUPLICATE_NIK, blind index), replays the same key, refuses a bad phone', async () => {
    const count = async () => Number((await rawQuery<{ n: string }>('select count(*) as n from beneficiary'))[0].n);
    const before = await count();
    const dup = await app.gql(ENROLL, {
      input: enrolmentInput(nik, { name: 'Someone Else' }),
      key: `rest-${randomUUID()}`,
    });
    expect(dup.errors?.[0].extensions?.code).toBe('DUPLICATE_NIK');
    const key = `rest-${randomUUID()}`;
    const other = randomNik();
    const first = await app.gql(ENROLL, { input: enrolmentInput(other), key });
    const replay = await app.gql(ENROLL, { input: enrolmentInput(other), key });
    expect(replay.data!.enrollBeneficiary.id).toBe(first.data!.enrollBeneficiary.id);
    expect((await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key })).errors?.[0].extensions?.code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    for (const bad of ['12345', '+1 202 555 0100', '0812-ABCD-7890']) {
      const res = await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), { phone: bad }),
        key: `rest-${randomUUID()}`,
      });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    }
    expect(await count()).toBe(before + 1);
  });

  it(
    'bulk CSV: an optional phone column, sealed the same way; ' +
      'a NIK enrolled before is ALREADY_ENROLLED (DUPLICATE_NIK)',
    async () => {
      const fresh = randomNik();
      const csv = [
        `${CSV_HEADER},phone`,
        `${csvLine({ nik: fresh })},+62 813 1111 2222`,
        `${csvLine({ nik })},`,
        `${csvLine()},0812`,
      ].join('\r\n');
      const res = await app.gql(
        BULK_ENROL,
        { csv, programmeId: 'default', cohortId: null, key: `bulk-${randomUUID()}` },
        FACILITATOR,
      );
      expect(res.errors).toBeUndefined();
      const rows = res.data!.enrollBeneficiariesCsv.rows;
      expect(rows[0]).toMatchObject({ row: 1, status: 'ENROLLED' });
      expect(rows[1]).toMatchObject({ row: 2, status: 'ALREADY_ENROLLED', code: 'DUPLICATE_NIK', journeyId: id });
      expect(rows[2]).toMatchObject({
        row: 3,
        status: 'FAILED',
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('phone'),
      });
      expect((await app.gql(PERSON, { id: rows[0].journeyId })).data!.beneficiary.phoneMasked).toBe('0813*****222');
      const [row] = await rawQuery<Record<string, string>>('select * from beneficiary where id = $1', [
        rows[0].journeyId,
      ]);
      expect(JSON.stringify(row)).not.toMatch(/81311112222|3111122|[0-9]{16}/);
      // The CSV with its header of before (no phone column) is still accepted.
      const legacy = await app.gql(
        BULK_ENROL,
        {
          csv: `${CSV_HEADER}\r\n${csvLine()}\r\n`,
          programmeId: 'default',
          cohortId: null,
          key: `bulk-${randomUUID()}`,
        },
        FACILITATOR,
      );
      expect(legacy.data!.enrollBeneficiariesCsv.totals.enrolled).toBe(1);
    },
  );
});
