import { randomUUID } from 'node:crypto';
import {
  authHeaders,
  FACILITATOR,
  MANAGER,
  randomNik,
  startAppHarness,
  type AppHarness,
  type Json,
  type TestIdentity,
} from '../support/app-harness';
import { BULK_ENROL, csvLine, csvOf } from '../support/bulk-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { RECORD_CONFLICT } from '../support/grievance-graphql';

interface Answer {
  status: number;
  language: string | null;
  cacheControl: string | null;
  body: {
    data?: Record<string, Json>;
    errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
  };
}

/**
 * The same errors and labels in Bahasa Indonesia and in English, on the real servers: a deployment
 * whose DEFAULT_LOCALE is id, requests choosing their language with Accept-Language.
 */
describe('Indonesian and English by Accept-Language', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness(undefined, { defaultLocale: 'id' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function post(
    body: string,
    identity: TestIdentity | null,
    acceptLanguage?: string,
    extra: Record<string, string> = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(await authHeaders(identity)),
      ...extra,
    };
    if (acceptLanguage !== undefined) headers['accept-language'] = acceptLanguage;
    const res = await fetch(`${app.api.url}/graphql`, { method: 'POST', headers, body });
    return {
      status: res.status,
      language: res.headers.get('content-language'),
      cacheControl: res.headers.get('cache-control'),
      body: (await res.json()) as Answer['body'],
    };
  }
  const gql = (
    query: string,
    variables: Record<string, unknown>,
    identity: TestIdentity | null,
    acceptLanguage?: string,
  ) => post(JSON.stringify({ query, variables }), identity, acceptLanguage);
  const firstError = (a: Answer) => a.body.errors?.[0];

  it(
    'refuses a duplicate NIK with DUPLICATE_NIK in Indonesian, in English, ' +
      'and in the default language without a header',
    async () => {
      const nik = randomNik();
      expect(
        (await gql(ENROLL, { input: enrolmentInput(nik), key: `i18n-${randomUUID()}` }, FACILITATOR, 'en')).body.errors,
      ).toBeUndefined();
      const again = (lang?: string) =>
        gql(
          ENROLL,
          { input: enrolmentInput(nik, { name: 'Orang Lain' }), key: `i18n-${randomUUID()}` },
          FACILITATOR,
          lang,
        );
      const id = await again('id-ID,id;q=0.9,en-US;q=0.8');
      const en = await again('en-US,en;q=0.9');
      const none = await again();
      expect(firstError(id)).toMatchObject({
        message: 'Penerima manfaat dengan NIK ini sudah terdaftar',
        extensions: { code: 'DUPLICATE_NIK' },
      });
      expect(firstError(en)).toMatchObject({
        message: 'A beneficiary with this NIK is already enrolled',
        extensions: { code: 'DUPLICATE_NIK' },
      });
      expect(firstError(none)).toEqual(firstError(id));
      expect([id.language, en.language, none.language]).toEqual(['id', 'en', 'id']);
      // Answers about people are never cached.
      expect([id.cacheControl, en.cacheControl, none.cacheControl]).toEqual(['no-store', 'no-store', 'no-store']);
    },
  );

  it('names the invalid fields of VALIDATION_FAILED in each language, same code', async () => {
    const input = enrolmentInput(randomNik(), {
      regionCode: 'x',
      selection: { monthlyIncome: 900000, regionalMinimumWage: 2600000, potentialScore: 900, committed: true },
    });
    const [id, en] = await Promise.all(
      ['id', 'en'].map((lang) => gql(ENROLL, { input, key: `i18n-${randomUUID()}` }, FACILITATOR, lang)),
    );
    expect(firstError(id)?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(firstError(en)?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(firstError(id)?.message).toMatch(/^Masukan tidak valid: /);
    expect(firstError(id)?.message).toContain('format regionCode tidak sesuai');
    expect(firstError(id)?.message).toMatch(/potentialScore tidak boleh lebih dari \d+/);
    expect(firstError(en)?.message).toMatch(/^Input is invalid: .*regionCode must be 2-20 letters/);
    expect(firstError(en)?.message).toMatch(/potentialScore must not be greater than \d+/);
  });

  it('refuses a role with FORBIDDEN in both languages, English specifics kept as detail in Indonesian', async () => {
    const viewer = { user: 'viewer-1', role: 'viewer' };
    const query = '{ journeys(first: 5) { totalCount } }';
    const id = await gql(query, {}, viewer, 'id');
    const en = await gql(query, {}, viewer, 'en');
    expect(firstError(id)).toMatchObject({
      message: 'Peran Anda tidak mengizinkan operasi ini',
      extensions: { code: 'FORBIDDEN', detail: expect.stringContaining('you act as viewer') },
    });
    expect(firstError(en)).toMatchObject({
      message: expect.stringContaining('you act as viewer'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(firstError(en)?.extensions?.detail).toBeUndefined();
  });

  it('answers HTTP-level refusals in the request language: bad token (401), invalid JSON (400)', async () => {
    const badToken = { authorization: 'Bearer not.a.jwt' };
    const id401 = await post(JSON.stringify({ query: '{ programmes { id } }' }), null, 'id', badToken);
    const en401 = await post(JSON.stringify({ query: '{ programmes { id } }' }), null, 'en', badToken);
    expect(id401.status).toBe(401);
    expect(firstError(id401)).toMatchObject({
      message: 'Autentikasi tidak ada atau tidak valid',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(firstError(en401)).toMatchObject({
      message: expect.stringMatching(/^Invalid token/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const idJson = await post('{"query": ', MANAGER, 'id');
    const enJson = await post('{"query": ', MANAGER, 'en');
    expect(idJson.status).toBe(400);
    expect(firstError(idJson)).toEqual({
      message: 'Isi permintaan bukan JSON yang valid',
      extensions: { code: 'VALIDATION_FAILED' },
    });
    expect(firstError(enJson)).toEqual({
      message: 'Body is not valid JSON',
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it('labels the stage, status, next action, sex and audit action beside their codes in each language', async () => {
    const enrolled = await gql(
      ENROLL,
      { input: enrolmentInput(randomNik()), key: `i18n-${randomUUID()}` },
      FACILITATOR,
      'en',
    );
    const id = enrolled.body.data!.enrollBeneficiary.id as string;
    const query = `query J($id: ID!, $filter: AuditLogFilter) {
      journey(id: $id) { stage stageLabel status statusLabel welfareLevelLabel
        nextAction { action actionLabel by byLabel } beneficiary { sex sexLabel } }
      auditLog(first: 5, filter: $filter) {
        edges { node { action actionLabel actorRole actorRoleLabel source sourceLabel } } } }`;
    const vars = { id, filter: { journeyId: id } };
    const [inId, inEn, byDefault] = await Promise.all([
      gql(query, vars, MANAGER, 'id'),
      gql(query, vars, MANAGER, 'en-GB'),
      gql(query, vars, MANAGER),
    ]);
    expect(inId.body.errors).toBeUndefined();
    expect(inId.body.data!.journey).toEqual({
      stage: 'ENROLLED',
      stageLabel: 'Terdaftar',
      status: 'ACTIVE',
      statusLabel: 'Aktif',
      welfareLevelLabel: null,
      nextAction: {
        action: 'submitAssessment',
        actionLabel: 'Mengirim asesmen kebutuhan',
        by: 'facilitator',
        byLabel: 'Pendamping',
      },
      beneficiary: { sex: 'FEMALE', sexLabel: 'Perempuan' },
    });
    expect(inEn.body.data!.journey).toEqual({
      stage: 'ENROLLED',
      stageLabel: 'Enrolled',
      status: 'ACTIVE',
      statusLabel: 'Active',
      welfareLevelLabel: null,
      nextAction: {
        action: 'submitAssessment',
        actionLabel: 'Submit the needs assessment',
        by: 'facilitator',
        byLabel: 'Facilitator',
      },
      beneficiary: { sex: 'FEMALE', sexLabel: 'Female' },
    });
    expect(byDefault.body.data).toEqual(inId.body.data);
    expect(inId.body.data!.auditLog.edges[0].node).toEqual({
      action: 'enroll',
      actionLabel: 'Mendaftarkan penerima manfaat',
      actorRole: 'facilitator',
      actorRoleLabel: 'Pendamping',
      source: 'JOURNEY_EVENT',
      sourceLabel: 'Langkah perjalanan',
    });
    expect(inEn.body.data!.auditLog.edges[0].node).toMatchObject({
      action: 'enroll',
      actionLabel: 'Enrol a beneficiary',
      actorRoleLabel: 'Facilitator',
      sourceLabel: 'Journey step',
    });
  });

  it("labels a conflict's type, category and status in each language, same codes", async () => {
    const cohortId = `i18n-${randomUUID().slice(0, 8)}`;
    const input = {
      programmeId: 'default',
      regionCode: '52.71',
      cohortId,
      type: 'INTEREST',
      category: 'MODERATE',
      parties: ['group A', 'partner'],
      description: 'Fund allocation seen as unequal by group A',
    };
    const recorded = await gql(RECORD_CONFLICT, { input }, MANAGER, 'en');
    expect(recorded.body.errors).toBeUndefined();
    const query =
      'query C($f: ConflictFilter) { conflicts(filter: $f) { type typeLabel category categoryLabel ' +
      'status statusLabel resolutionMethod resolutionMethodLabel } }';
    const [inId, inEn] = await Promise.all(['id', 'en'].map((lang) => gql(query, { f: { cohortId } }, MANAGER, lang)));
    expect(inId.body.data!.conflicts).toEqual([
      {
        type: 'INTEREST',
        typeLabel: 'Konflik kepentingan',
        category: 'MODERATE',
        categoryLabel: 'Sedang',
        status: 'OPEN',
        statusLabel: 'Terbuka',
        resolutionMethod: null,
        resolutionMethodLabel: null,
      },
    ]);
    expect(inEn.body.data!.conflicts).toEqual([
      {
        type: 'INTEREST',
        typeLabel: 'Conflict of interest',
        category: 'MODERATE',
        categoryLabel: 'Moderate',
        status: 'OPEN',
        statusLabel: 'Open',
        resolutionMethod: null,
        resolutionMethodLabel: null,
      },
    ]);
  });

  it('names module templates in each language', async () => {
    const query = '{ moduleTemplates { id label nameId nameEn } }';
    const [inId, inEn] = await Promise.all([gql(query, {}, FACILITATOR, 'id'), gql(query, {}, FACILITATOR, 'en')]);
    const vocational = (a: Answer) =>
      a.body.data!.moduleTemplates.find((m: { id: string }) => m.id === 'VOCATIONAL_TRAINING');
    expect(vocational(inId)).toMatchObject({ label: 'Pelatihan Vokasi', nameId: 'Pelatihan Vokasi' });
    expect(vocational(inEn)).toMatchObject({ label: vocational(inEn).nameEn });
    expect(vocational(inEn).label).not.toBe('Pelatihan Vokasi');
  });

  it('names indicators, their levels, dimensions and groups, and report jobs in each language', async () => {
    await gql(ENROLL, { input: enrolmentInput(randomNik()), key: `i18n-${randomUUID()}` }, FACILITATOR, 'en');
    const query = `{ programmeIndicators(programmeId: "default", disaggregateBy: [SEX]) {
      key label level levelLabel breakdown { dimension dimensionLabel group groupLabel } } }`;
    const [inId, inEn] = await Promise.all([gql(query, {}, MANAGER, 'id'), gql(query, {}, MANAGER, 'en')]);
    const enrolled = (a: Answer) => a.body.data!.programmeIndicators.find((f: { key: string }) => f.key === 'enrolled');
    expect(enrolled(inId)).toMatchObject({ label: 'Peserta terdaftar', level: 'OUTPUT', levelLabel: 'Keluaran' });
    expect(enrolled(inEn)).toMatchObject({ label: 'Participants enrolled', level: 'OUTPUT', levelLabel: 'Output' });
    expect(enrolled(inId).breakdown).toContainEqual({
      dimension: 'SEX',
      dimensionLabel: 'Jenis kelamin',
      group: 'FEMALE',
      groupLabel: 'Perempuan',
    });
    expect(enrolled(inEn).breakdown).toContainEqual({
      dimension: 'SEX',
      dimensionLabel: 'Sex',
      group: 'FEMALE',
      groupLabel: 'Female',
    });

    const request =
      'mutation R($input: RequestReportInput!, $key: String!) { requestReport(input: $input, idempotencyKey: $key) ' +
      '{ type typeLabel status statusLabel } }';
    const input = {
      type: 'QUARTERLY_PROGRESS',
      programmeId: 'default',
      from: '2026-07-01',
      to: '2026-09-30',
      format: 'CSV',
      locale: 'en',
    };
    const key = `i18n-report-${randomUUID()}`;
    const jobId = (await gql(request, { input, key }, MANAGER, 'id')).body.data!.requestReport;
    // Same key: the same job, read in English.
    const jobEn = (await gql(request, { input, key }, MANAGER, 'en')).body.data!.requestReport;
    expect(jobId).toMatchObject({ type: 'QUARTERLY_PROGRESS', typeLabel: 'Laporan Kemajuan Triwulanan' });
    expect(jobEn).toMatchObject({ type: 'QUARTERLY_PROGRESS', typeLabel: 'Quarterly Progress Report' });
    expect(['Menunggu', 'Sedang dibuat', 'Siap']).toContain(jobId.statusLabel);
  });

  it('writes the lines of a bulk enrolment report in the request language, same codes', async () => {
    const nik = randomNik();
    const csv = csvOf([csvLine({ nik }), csvLine({ nik }), csvLine({ committed: 'maybe' })]);
    const run = (lang: string) =>
      gql(BULK_ENROL, { csv, programmeId: 'default', key: `i18n-bulk-${randomUUID()}` }, MANAGER, lang);
    const id = (await run('id')).body.data!.enrollBeneficiariesCsv.rows;
    expect(id[1]).toMatchObject({
      code: 'DUPLICATE_NIK',
      message: 'NIK ini juga ada di baris 1 berkas ini; hanya baris itu yang didaftarkan',
    });
    expect(id[2]).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Masukan tidak valid: committed (committed harus bernilai true atau false)',
    });
    const en = (await run('en')).body.data!.enrollBeneficiariesCsv.rows;
    expect(en[0]).toMatchObject({
      status: 'ALREADY_ENROLLED',
      code: 'DUPLICATE_NIK',
      message: expect.stringMatching(/^A beneficiary with this NIK is already enrolled \(journey /),
    });
    expect(en[2]).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Input is invalid: committed (committed must be a boolean value)',
    });
  }, 60_000);
});
