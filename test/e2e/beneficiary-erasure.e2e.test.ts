import { randomUUID } from 'node:crypto';
import { randomNik, startAppHarness, FACILITATOR, MANAGER, type AppHarness } from '../support/app-harness';
import { assessmentInput, ok } from '../support/journey-commands-graphql';
import { ENROLL, JOURNEY, enrolmentInput } from '../support/journey-graphql';
import { rawQuery, tablesContaining } from '../support/raw-sql';
import { ensureCohort } from '../support/cohort-graphql';
import { withForms } from '../support/sealed-forms';

const ERASE = `mutation($id: ID!, $reason: String!, $key: String!) {
  eraseBeneficiary(beneficiaryId: $id, reason: $reason, idempotencyKey: $key) {
  beneficiaryId name nikMasked phoneMasked sex birthDate disability regionCode programmeId cohortId vulnerableGroups
  erasedAt } }`;
const AUDITOR = { user: 'auditor-9', role: 'auditor' };
const REASON = 'Written request of the beneficiary, received 2026-11-20 at the dinas office';

describe('erasure on request: personal data gone, statistics and the audit chain kept', () => {
  let app: AppHarness;
  const cohortId = `erasure-${randomUUID().slice(0, 8)}`;
  const name = `Wulan ${randomUUID().slice(0, 8)}`;
  const nik = randomNik();
  const phone = `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  let id: string;
  let sealed: { nik: string; phone: string; nik_hash: string };

  const counts = async () => {
    const q = (filter: Record<string, unknown>) =>
      app
        .gql(
          `query($f: JourneyFilter) { journeys(filter: $f, first: 1) { totalCount } }`,
          { f: { cohortId, ...filter } },
          AUDITOR,
        )
        .then((r) => r.data!.journeys.totalCount as number);
    return {
      all: await q({}),
      women: await q({ sex: 'FEMALE' }),
      disabled: await q({ disability: true }),
      age35to44: await q({ ageBand: 'AGE_35_44' }),
      region: await q({ regionCode: '52.71' }),
      beneficiaries: (
        await app.gql(
          `query($f: BeneficiaryFilter) { beneficiaries(filter: $f, first: 1) { totalCount } }`,
          { f: { cohortId, sex: 'FEMALE', ageBand: 'AGE_35_44' } },
          AUDITOR,
        )
      ).data!.beneficiaries.totalCount as number,
    };
  };

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId);
    const enrol = async (input: Record<string, unknown>) => {
      const res = await app.gql(ENROLL, { input, key: `erasure-${randomUUID()}` }, FACILITATOR);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      // The person's UUID: the beneficiary and the journey share it (SQL, the pseudonym and both kinds of argument).
      return res.data!.enrollBeneficiary.journeyId as string;
    };
    id = await enrol(enrolmentInput(nik, { name, phone, cohortId, disability: true, birthDate: '1988-04-12' }));
    await enrol(enrolmentInput(randomNik(), { cohortId }));
    await enrol(enrolmentInput(randomNik(), { cohortId, sex: 'MALE', name: 'Budi Santoso' }));
    // The facilitator's assessment writes about her in free text (kept as evidence).
    await ok(app, 'submitAssessment', id, {
      ...assessmentInput(),
      challenges: `${name} has no capital`,
      expectations: `Call ${name} on ${phone}`,
    });
    [sealed] = await rawQuery('select nik, phone, nik_hash from beneficiary where id = $1', [id]);
  });
  afterAll(() => app?.stop());

  it(
    'replaces name, NIK, phone and date of birth; keeps sex, disability, region, programme, cohort; ' +
      'audited with who and why',
    async () => {
      const before = await counts();
      const chainBefore = (await app.gql(`{ verifyAuditChain { ok checkedRows } }`, {}, AUDITOR)).data!
        .verifyAuditChain;
      expect(chainBefore.ok).toBe(true);
      const key = `erase-${randomUUID()}`;
      const res = await app.gql(ERASE, { id, reason: REASON, key }, MANAGER);
      expect(res.errors).toBeUndefined();
      expect(res.data!.eraseBeneficiary).toMatchObject({
        beneficiaryId: id,
        name: `Erased ${id.slice(0, 8)}`,
        nikMasked: null,
        phoneMasked: null,
        sex: 'FEMALE',
        birthDate: '1988-07-01',
        disability: true,
        regionCode: '52.71',
        programmeId: 'default',
        cohortId,
        vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
        erasedAt: expect.any(String),
      });

      // Statistics: the same counts by sex, disability, age band and region; the journey still reads.
      expect(await counts()).toEqual(before);
      const journey = (await app.gql(JOURNEY, { id }, AUDITOR)).data!.journey;
      expect(journey).toMatchObject({
        journeyId: id,
        stage: 'PLANNING',
        beneficiary: { name: `Erased ${id.slice(0, 8)}`, nikMasked: null },
      });
      const history = await app.gql(
        `query($id: ID!) { journeyHistory(journeyId: $id, first: 100) { edges { node { kind name } } } }`,
        { id },
        AUDITOR,
      );
      expect(history.errors).toBeUndefined();
      expect(history.data!.journeyHistory.edges.length).toBeGreaterThan(0);

      // The chain still verifies (it hashes no personal field), now with the ERASURE row: who, why, no values.
      const chain = (await app.gql(`{ verifyAuditChain { ok checkedRows firstBrokenId } }`, {}, AUDITOR)).data!
        .verifyAuditChain;
      expect(chain).toMatchObject({ ok: true, firstBrokenId: null });
      expect(chain.checkedRows).toBeGreaterThan(chainBefore.checkedRows);
      const rows = (
        await app.gql(
          'query($id: ID!) { auditLog(filter: { journeyId: $id, source: ERASURE }) ' +
            '{ edges { node { actorId actorRole action reason idempotencyKey after } } } }',
          { id },
          AUDITOR,
        )
      ).data!.auditLog.edges.map((e: { node: unknown }) => e.node);
      expect(rows).toEqual([
        {
          actorId: MANAGER.user,
          actorRole: 'manager',
          action: 'eraseBeneficiary',
          reason: REASON,
          idempotencyKey: key,
          after: { erased: expect.arrayContaining(['nik', 'phone']), evidenceRowsBlanked: 1 },
        },
      ]);

      // The same key answers the same; another erasure of an erased person is refused, and writes no second row.
      const again = await app.gql(ERASE, { id, reason: REASON, key }, MANAGER);
      expect(again.data!.eraseBeneficiary.erasedAt).toBe(res.data!.eraseBeneficiary.erasedAt);
      expect(
        (await app.gql(ERASE, { id, reason: REASON, key: `erase-${randomUUID()}` }, MANAGER)).errors?.[0].extensions
          ?.code,
      ).toBe('BENEFICIARY_ERASED');
      const erasureRows = await rawQuery(`select 1 from audit_log where journey_id = $1 and source = 'ERASURE'`, [id]);
      expect(erasureRows).toHaveLength(1);
    },
  );

  it('leaves no trace of the name, NIK, phone, their sealed values or the NIK blind index in any table', async () => {
    const leaks: Record<string, Record<string, number>> = {};
    for (const [label, needle] of Object.entries({
      name,
      nik,
      phone,
      nationalPhone: `0${phone.slice(3)}`,
      sealedNik: sealed.nik,
      sealedPhone: sealed.phone,
      nikHash: sealed.nik_hash,
    })) {
      const found = await tablesContaining(needle);
      if (Object.keys(found).length) leaks[label] = found;
    }
    expect(leaks).toEqual({});
    // The scan does find what is there.
    expect(await tablesContaining('Budi Santoso')).toMatchObject({ beneficiary: expect.any(Number) });
    const [evidence] = withForms(
      app,
      await rawQuery(`select payload, payload_sealed from evidence where journey_id = $1 and kind = 'ASSESSMENT'`, [
        id,
      ]),
    );
    expect(evidence.payload).toMatchObject({
      challenges: '[erased]',
      expectations: '[erased]',
      employment: { mainOccupation: 'Penjual sayur' },
    });
  });

  it('refuses to reveal what is gone (BENEFICIARY_ERASED); the same NIK enrols again as a new person', async () => {
    for (const field of ['Nik', 'Phone']) {
      const res = await app.gql(
        `mutation($id: ID!) { reveal${field}(beneficiaryId: $id, reason: "Checking the erased record") }`,
        { id },
        MANAGER,
      );
      expect(res.errors?.[0].extensions?.code).toBe('BENEFICIARY_ERASED');
    }
    const again = await app.gql(
      ENROLL,
      { input: enrolmentInput(nik, { name }), key: `erasure-${randomUUID()}` },
      FACILITATOR,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.enrollBeneficiary.journeyId).not.toBe(id);
  });

  it('is for managers in scope only, with a reason and a valid key; a refusal changes nothing', async () => {
    const other = (
      await app.gql(
        ENROLL,
        { input: enrolmentInput(randomNik(), { cohortId }), key: `erasure-${randomUUID()}` },
        FACILITATOR,
      )
    ).data!.enrollBeneficiary;
    const tries: [Record<string, unknown>, { user: string; role: string; regions?: string[] } | null, string][] = [
      [{ reason: REASON, key: `erase-${randomUUID()}` }, FACILITATOR, 'FORBIDDEN'],
      [{ reason: REASON, key: `erase-${randomUUID()}` }, AUDITOR, 'FORBIDDEN'],
      [{ reason: REASON, key: `erase-${randomUUID()}` }, { user: 'admin-1', role: 'admin' }, 'FORBIDDEN'],
      [
        { reason: REASON, key: `erase-${randomUUID()}` },
        { user: 'm-31', role: 'manager', regions: ['31'] },
        'FORBIDDEN',
      ],
      [{ reason: REASON, key: `erase-${randomUUID()}` }, null, 'UNAUTHENTICATED'],
      [{ reason: 'because', key: `erase-${randomUUID()}` }, MANAGER, 'REASON_REQUIRED'],
      [{ reason: REASON, key: 'x' }, MANAGER, 'VALIDATION_FAILED'],
    ];
    for (const [vars, who, code] of tries)
      expect((await app.gql(ERASE, { id: other.beneficiary.id, ...vars }, who)).errors?.[0].extensions?.code).toBe(
        code,
      );
    const [row] = await rawQuery<{ erased_at: Date | null; nik: string }>(
      'select erased_at, nik from beneficiary where id = $1',
      [other.journeyId],
    );
    expect(row.erased_at).toBeNull();
    expect(row.nik).toMatch(/^enc:v1:/);
  });
});
