import { randomUUID } from 'node:crypto';
import {
  startAppHarness,
  randomNik,
  FACILITATOR,
  MANAGER,
  type AppHarness,
  type TestIdentity,
} from '../support/app-harness';
import { CSV_HEADER, csvLine, csvOf } from '../support/bulk-graphql';
import { downloadResult, IMPORT, IMPORTS, pollImport, START_IMPORT } from '../support/enrolment-import-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';

/**
 * A large enrolment CSV as a background job, over HTTP on the real servers: the upload answers at once, the job
 * shows its progress, writes a per-row result file and applies each row once, also when the file comes again.
 */
describe('enrolment import (background CSV enrolment)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness(undefined, { env: { ENROLMENT_IMPORT_PAGE_SIZE: '10' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sql = (text: string, params: unknown[] = []) =>
    app.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);
  const countBeneficiaries = async () => Number((await sql('select count(*) n from beneficiary'))[0].n);
  const countImports = async () => Number((await sql('select count(*) n from enrolment_import'))[0].n);
  const start = (csv: string, key = `import-${randomUUID()}`, who: TestIdentity = FACILITATOR) =>
    app.gql(START_IMPORT, { csv, programmeId: 'default', cohortId: null, key }, who);

  it('answers at once, applies 50 rows in pages, a result per row; a second upload enrols nobody twice', async () => {
    const pre = randomNik();
    const enrolledBefore = await app.gql(ENROLL, { input: enrolmentInput(pre), key: `enrol-${randomUUID()}` });
    expect(enrolledBefore.errors).toBeUndefined();
    const niks = Array.from({ length: 50 }, () => randomNik());
    // The rows that are not simply good, by row number: [line, outcome, code].
    const special: Record<number, [string, string, string]> = {
      5: [csvLine({ nik: '12345' }), 'REFUSED', 'VALIDATION_FAILED'],
      9: [csvLine({ nik: niks[8], birthDate: '' }), 'REFUSED', 'VALIDATION_FAILED'],
      17: [csvLine({ nik: niks[16], monthlyIncome: '9000000' }), 'REFUSED', 'SELECTION_CRITERIA_NOT_MET'],
      23: [`${niks[22]},only,three`, 'REFUSED', 'VALIDATION_FAILED'],
      31: [csvLine({ nik: niks[1] }), 'REFUSED', 'DUPLICATE_NIK'], // row 2's NIK again
      44: [csvLine({ nik: pre }), 'ALREADY_ENROLLED', 'DUPLICATE_NIK'], // enrolled before the import
    };
    const expected = new Map(niks.map((_, i) => [i + 1, special[i + 1]?.slice(1) ?? ['ENROLLED', '']]));
    const lines = niks.map(
      (nik, i) => special[i + 1]?.[0] ?? csvLine({ nik, name: i === 2 ? '"Aminah, Siti ""Ibu"""' : 'Wayan Sari' }),
    );
    const csv = csvOf(lines);
    const before = await countBeneficiaries();

    const started = await start(csv);
    expect(started.errors).toBeUndefined();
    const job = started.data!.startEnrolmentImport;
    // The answer comes before any row is applied.
    expect(job).toMatchObject({ status: 'QUEUED', totalRows: 50, processedRows: 0, enrolled: 0, resultUrl: null });

    const seen = await pollImport(app, job.importId);
    const processed = seen.map((s) => s.processedRows as number);
    expect(processed).toEqual([...processed].sort((a, b) => a - b)); // progress never goes back
    const done = seen.at(-1);
    expect(done).toMatchObject({
      status: 'DONE',
      totalRows: 50,
      processedRows: 50,
      progress: 100,
      enrolled: 44,
      refused: 5,
      alreadyEnrolled: 1,
      resultUrl: `/enrolment-imports/${job.importId}.csv`,
      error: null,
    });
    expect(await countBeneficiaries()).toBe(before + 44);

    // The result file, row by row.
    const file = await downloadResult(app, done.resultUrl);
    expect(file.status).toBe(200);
    expect(file.contentType).toMatch(/^text\/csv/);
    expect(file.lines[0]).toEqual(['row', 'outcome', 'code', 'message', 'journeyId']);
    const body = file.lines.slice(1);
    expect(body.map((l) => Number(l[0]))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (const [row, outcome, code, message, journeyId] of body) {
      const [want, wantCode] = expected.get(Number(row))!;
      expect({ row, outcome, code }).toEqual({ row, outcome: want, code: wantCode });
      if (want === 'ENROLLED') expect(journeyId).toMatch(/^[0-9a-f-]{36}$/);
      if (want === 'REFUSED')
        expect({ row, journeyId, message: message.length > 0 }).toEqual({ row, journeyId: '', message: true });
    }
    expect(body[30][3]).toContain('row 2');
    expect(body[43][4]).toBe(enrolledBefore.data!.enrollBeneficiary.journeyId);
    // No personal data in the result file.
    expect(file.lines.flat().some((cell) => niks.some((n) => cell.includes(n)))).toBe(false);

    // The same upload again (a new key): every person enrolled above is ALREADY_ENROLLED, nobody twice.
    const again = (await start(csv)).data!.startEnrolmentImport;
    expect(again.importId).not.toBe(job.importId);
    const second = (await pollImport(app, again.importId)).at(-1);
    expect(second).toMatchObject({ status: 'DONE', processedRows: 50, enrolled: 0, refused: 5, alreadyEnrolled: 45 });
    expect(await countBeneficiaries()).toBe(before + 44);
    const secondFile = (await downloadResult(app, second.resultUrl)).lines.slice(1);
    const firstJourneys = new Map(body.map((l) => [l[0], l[4]]));
    for (const [row, outcome, code, , journeyId] of secondFile) {
      if (expected.get(Number(row))![0] === 'REFUSED') continue;
      expect({ row, outcome, code, journeyId }).toEqual({
        row,
        outcome: 'ALREADY_ENROLLED',
        code: 'DUPLICATE_NIK',
        journeyId: firstJourneys.get(row),
      });
    }

    // The programme's list shows both imports.
    const list = await app.gql(IMPORTS, { programmeId: 'default' });
    const ids = list.data!.enrolmentImports.map((i: { importId: string }) => i.importId);
    expect(ids).toEqual(expect.arrayContaining([job.importId, again.importId]));
  });

  it('stores the file sealed and gives Temporal the import id only', async () => {
    const nik = randomNik();
    const key = `import-${randomUUID()}`;
    const job = (await start(csvOf([csvLine({ nik, name: 'Ni Luh Putu' })]), key)).data!.startEnrolmentImport;
    await pollImport(app, job.importId);
    const [stored] = await sql('select csv_sealed from enrolment_import where id = ?', [job.importId]);
    expect(String(stored.csv_sealed)).toMatch(/^enc:v1:/);
    expect(String(stored.csv_sealed)).not.toContain(nik);
    const history = await app.client.workflow.getHandle(`enrolment-import-${job.importId}`).fetchHistory();
    const text = JSON.stringify(history, (_k, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : (v as unknown),
    );
    expect(text).toContain(job.importId);
    expect(text).not.toContain(nik);
    expect(text).not.toContain('Ni Luh Putu');
    // The same key again answers the same import and starts nothing new.
    const same = (await start(csvOf([csvLine({ nik, name: 'Ni Luh Putu' })]).replace(nik, nik), key)).data!;
    expect(same.startEnrolmentImport.importId).toBe(job.importId);
    const reused = await start(csvOf([csvLine()]), key);
    expect(reused.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses a bad header or an empty file at once with VALIDATION_FAILED, storing nothing', async () => {
    const imports = await countImports();
    const badHeader = await start(`${CSV_HEADER.replace('nik,', 'nomor,')}\r\n${csvLine()}\r\n`);
    expect(badHeader.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(badHeader.errors?.[0].message).toContain('missing nik');
    const empty = await start('');
    expect(empty.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const headerOnly = await start(`${CSV_HEADER}\r\n`);
    expect(headerOnly.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(await countImports()).toBe(imports);
  });

  it('lets enrolers start and read imports in their scope; a facilitator reads only their own', async () => {
    const viewer = await start(csvOf([csvLine()]), undefined, { user: 'viewer-1', role: 'viewer' });
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await start(csvOf([csvLine()]), undefined, {
      user: 'manager-2',
      role: 'manager',
      programmes: ['other'],
    });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const job = (await start(csvOf([csvLine()]))).data!.startEnrolmentImport;
    const done = (await pollImport(app, job.importId)).at(-1);
    const other = { user: 'facilitator-2', role: 'facilitator' };
    expect((await app.gql(IMPORT, { id: job.importId }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await downloadResult(app, done.resultUrl, other)).status).toBe(403);
    expect((await downloadResult(app, done.resultUrl, null)).status).toBe(401);
    expect((await downloadResult(app, done.resultUrl, { user: 'auditor-1', role: 'auditor' })).status).toBe(403);
    expect((await downloadResult(app, done.resultUrl, MANAGER)).status).toBe(200);
    const mine = await app.gql(IMPORTS, { programmeId: 'default' }, other);
    expect(mine.data!.enrolmentImports).toEqual([]);
  });
});
