import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { startApi, type RunningApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { openMigratedOrm } from '../../db/migrate';
import { command } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  authHeaders,
  FACILITATOR,
  MANAGER,
  randomNik,
  startAppHarness,
  type AppHarness,
  type TestIdentity,
} from '../support/app-harness';
import { testDatabaseUrl } from '../support/servers';

/**
 * Operators alert on level 50 (error): a client's mistake must not page them. A bad query or a refused command is
 * info, a refused caller (FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED) warn, and only a server fault (INTERNAL) error.
 * Each request carries its own x-request-id, so its log lines are the ones with that requestId.
 */
interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  code?: string;
}
const INFO = 30;
const WARN = 40;
const ERROR = 50;
const RATE_LIMIT = 20;

function logSink(): { lines: LogLine[]; stream: Writable } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { lines, stream };
}

describe('error log levels', () => {
  const { lines, stream } = logSink();
  let app: AppHarness;
  beforeAll(async () => {
    process.env.JEJAK_TEST_RATE_LIMIT = String(RATE_LIMIT);
    try {
      app = await startAppHarness(undefined, { logs: stream });
    } finally {
      delete process.env.JEJAK_TEST_RATE_LIMIT;
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Posts a query as a front end would, under a fresh request id; the answer's first code and its log lines. */
  async function send(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
    url = app.api.url,
  ): Promise<{ code: string | undefined; logged: LogLine[] }> {
    const requestId = `log-${randomUUID()}`;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { code: body.errors?.[0]?.extensions?.code, logged: lines.filter((l) => l.requestId === requestId) };
  }
  const as = async (identity: TestIdentity | null) => authHeaders(identity);
  const levels = (logged: LogLine[]) => logged.map((l) => [l.level, l.code]);

  it('logs a query naming a field that does not exist at info, not as a server error', async () => {
    const { code, logged } = await send('{ programmes { id noSuchField } }', {}, await as(MANAGER));
    expect(code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(levels(logged)).toEqual([[INFO, 'GRAPHQL_VALIDATION_FAILED']]);
  });

  it('logs a query that does not parse, variables of the wrong type and a body that is not JSON at info', async () => {
    const parse = await send('{ programmes { id ', {}, await as(MANAGER));
    expect(parse.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(levels(parse.logged)).toEqual([[INFO, 'GRAPHQL_PARSE_FAILED']]);
    const variables = await send(
      'query($id: ID!) { journey(id: $id) { id } }',
      { id: { not: 'an id' } },
      await as(MANAGER),
    );
    expect(variables.code).toBe('VALIDATION_FAILED');
    expect(levels(variables.logged)).toEqual([[INFO, 'VALIDATION_FAILED']]);
    const requestId = `log-${randomUUID()}`;
    const notJson = await fetch(`${app.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: '{ "query": ',
    });
    expect(notJson.status).toBe(400);
    expect(levels(lines.filter((l) => l.requestId === requestId))).toEqual([[INFO, 'VALIDATION_FAILED']]);
  });

  it('logs a command the journey refuses at info, with its catalogue code', async () => {
    const enrolled = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
    const id: string = enrolled.data!.enrollBeneficiary.id;
    const refused = await command(
      app,
      'submitReEvaluation',
      id,
      { monthlyFamilyIncome: 1, regionalMinimumWage: 2, businessRunning: true, mindsetChanged: true },
      FACILITATOR,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
    const logged = lines.filter((l) => l.code === 'COMMAND_NOT_ALLOWED_IN_STAGE');
    expect(logged.map((l) => l.level)).toEqual([INFO]);
  });

  it('logs a refused caller at warn: FORBIDDEN, UNAUTHENTICATED and RATE_LIMITED', async () => {
    const viewer = await send(
      'mutation($input: EnrollBeneficiaryInput!, $key: String!) ' +
        '{ enrollBeneficiary(input: $input, idempotencyKey: $key) { id } }',
      { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` },
      await as({ user: 'viewer-1', role: 'viewer' }),
    );
    expect(viewer.code).toBe('FORBIDDEN');
    expect(levels(viewer.logged)).toEqual([[WARN, 'FORBIDDEN']]);

    const forged = await send('{ programmes { id } }', {}, { authorization: 'Bearer not-a-token' });
    expect(forged.code).toBe('UNAUTHENTICATED');
    expect(levels(forged.logged)).toEqual([[WARN, 'UNAUTHENTICATED']]);

    const flooder = await as({ user: `flood-${randomUUID()}`, role: 'manager' });
    for (let i = 0; i < RATE_LIMIT; i++)
      expect((await send('{ programmes { id } }', {}, flooder)).code).toBeUndefined();
    const limited = await send('{ programmes { id } }', {}, flooder);
    expect(limited.code).toBe('RATE_LIMITED');
    expect(levels(limited.logged)).toEqual([[WARN, 'RATE_LIMITED']]);
  });

  it('logs a server fault (INTERNAL) at error', async () => {
    // An API whose database connections are closed: every read fails inside the server.
    const orm = await openMigratedOrm(testDatabaseUrl(), 1);
    await orm.close(true);
    let broken: RunningApi | undefined;
    try {
      broken = await startApi(
        { orm, temporal: app.client, config: app.config, logger: createLogger('broken-api-test', 'info', stream) },
        0,
      );
      const { code, logged } = await send('{ programmes { id } }', {}, await as(MANAGER), broken.url);
      expect(code).toBe('INTERNAL');
      expect(logged.map((l) => [l.level, l.code, l.msg])).toEqual([[ERROR, 'INTERNAL', 'unexpected error']]);
    } finally {
      await broken?.stop();
    }
  });

  it('wrote only the server fault at error', () => {
    expect(lines.filter((l) => l.level >= ERROR).map((l) => l.code)).toEqual(['INTERNAL']);
  });
});
