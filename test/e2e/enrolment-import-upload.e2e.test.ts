import { randomUUID } from 'node:crypto';
import { MAX_BODY_BYTES } from '../../api/http/graphql-http.handler';
import {
  authHeaders,
  startAppHarness,
  FACILITATOR,
  MANAGER,
  type AppHarness,
  type Json,
  type TestIdentity,
} from '../support/app-harness';
import { CSV_HEADER, csvLine, csvOf } from '../support/bulk-graphql';
import { IMPORT, START_IMPORT } from '../support/enrolment-import-graphql';

/** The large-file route of enrolment imports: POST /enrolment-imports with the CSV as the body, on the real servers. */
describe('enrolment import upload (POST /enrolment-imports)', () => {
  const LIMIT = 2_000_000;
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness(undefined, { env: { ENROLMENT_IMPORT_MAX_BYTES: String(LIMIT) } });
    // Nothing is enrolled here: the route's answer and the stored import are what these tests read.
    await app.stopWorker();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sql = (text: string, params: unknown[] = []) =>
    app.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);
  const countImports = async () => Number((await sql('select count(*) n from enrolment_import'))[0].n);
  const upload = async (
    csv: string,
    opts: { key?: string; who?: TestIdentity | null; type?: string; query?: string } = {},
  ): Promise<{ status: number; body: Json }> => {
    const query = opts.query ?? `programmeId=default&idempotencyKey=${opts.key ?? `upload-${randomUUID()}`}`;
    const res = await fetch(`${app.api.url}/enrolment-imports?${query}`, {
      method: 'POST',
      headers: {
        'content-type': opts.type ?? 'text/csv; charset=utf-8',
        ...(await authHeaders(opts.who === undefined ? FACILITATOR : opts.who)),
      },
      body: csv,
    });
    return { status: res.status, body: await res.json() };
  };
  const codeOf = (body: Json): string | undefined => body.errors?.[0]?.extensions?.code;

  it('takes a 10,000-row file over the GraphQL body limit, answers 202 at once, and the same key again', async () => {
    const csv = csvOf(Array.from({ length: 10_000 }, () => csvLine()));
    const bytes = Buffer.byteLength(csv);
    expect(bytes).toBeGreaterThan(MAX_BODY_BYTES);
    expect(bytes).toBeLessThan(LIMIT);
    // The mutation cannot carry this file: its request is over the GraphQL body limit.
    const viaGraphql = await app.gql(START_IMPORT, { csv, programmeId: 'default', cohortId: null, key: 'graphql-10k' });
    expect(viaGraphql.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');

    const key = `upload-${randomUUID()}`;
    const first = await upload(csv, { key });
    expect(first.status).toBe(202);
    expect(Object.keys(first.body).sort()).toEqual([
      'alreadyEnrolled',
      'enrolled',
      'importId',
      'processedRows',
      'refused',
      'resultUrl',
      'status',
      'totalRows',
    ]);
    expect(first.body).toMatchObject({ totalRows: 10_000, processedRows: 0, enrolled: 0, resultUrl: null });
    expect(['QUEUED', 'RUNNING']).toContain(first.body.status);

    // The import is the mutation's: read through GraphQL, in the uploader's name.
    const seen = await app.gql(IMPORT, { id: first.body.importId }, FACILITATOR);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.enrolmentImport).toMatchObject({ importId: first.body.importId, totalRows: 10_000 });

    const again = await upload(csv, { key });
    expect(again.status).toBe(202);
    expect(again.body.importId).toBe(first.body.importId);
    const reused = await upload(csvOf([csvLine()]), { key });
    expect({ status: reused.status, code: codeOf(reused.body) }).toEqual({
      status: 409,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses without a token (401), a role not allowed (403, audited), storing nothing', async () => {
    const imports = await countImports();
    const anonymous = await upload(csvOf([csvLine()]), { who: null });
    expect({ status: anonymous.status, code: codeOf(anonymous.body) }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    const key = `upload-${randomUUID()}`;
    const viewer = await upload(csvOf([csvLine()]), { key, who: { user: 'viewer-9', role: 'viewer' } });
    expect({ status: viewer.status, code: codeOf(viewer.body) }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const outside = await upload(csvOf([csvLine()]), { who: { ...MANAGER, programmes: ['other'] } });
    expect({ status: outside.status, code: codeOf(outside.body) }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await countImports()).toBe(imports);
    const denied = await sql(
      `select actor_id, after->>'code' as code from audit_log where source = 'DENIED' ` +
        `and action = 'startEnrolmentImport' and idempotency_key = ?`,
      [key],
    );
    expect(denied).toEqual([{ actor_id: 'viewer-9', code: 'FORBIDDEN' }]);
  });

  it('refuses a bad header (400), unknown programme (404), body over the limit (413), storing nothing', async () => {
    const imports = await countImports();
    const badHeader = await upload(`${CSV_HEADER.replace('nik,', 'nomor,')}\r\n${csvLine()}\r\n`);
    expect({ status: badHeader.status, code: codeOf(badHeader.body) }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(badHeader.body.errors[0].message).toContain('missing nik');
    const notCsv = await upload(csvOf([csvLine()]), { type: 'application/json' });
    expect({ status: notCsv.status, code: codeOf(notCsv.body) }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const noKey = await upload(csvOf([csvLine()]), { query: 'programmeId=default' });
    expect({ status: noKey.status, code: codeOf(noKey.body) }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const unknown = await upload(csvOf([csvLine()]), { query: `programmeId=nope&idempotencyKey=k-${randomUUID()}` });
    expect({ status: unknown.status, code: codeOf(unknown.body) }).toEqual({ status: 404, code: 'NOT_FOUND' });

    const line = csvLine();
    const big = csvOf(Array.from({ length: Math.ceil(LIMIT / line.length) + 1 }, () => line));
    expect(Buffer.byteLength(big)).toBeGreaterThan(LIMIT);
    const tooLarge = await upload(big);
    expect({ status: tooLarge.status, code: codeOf(tooLarge.body) }).toEqual({
      status: 413,
      code: 'VALIDATION_FAILED',
    });
    expect(tooLarge.body.errors[0].message).toContain('2,000,000');
    expect(await countImports()).toBe(imports);
  });
});
