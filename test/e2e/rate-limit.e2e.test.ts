import { ALL_GUARDS, startApi, type RunningApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { authHeaders, FACILITATOR, MANAGER, startAppHarness, type AppHarness } from '../support/app-harness';

/** A caller over RATE_LIMIT_PER_MINUTE gets 429 RATE_LIMITED; other callers are still served. */
describe('per-caller rate limit', () => {
  let app: AppHarness;
  beforeAll(async () => {
    process.env.JEJAK_TEST_RATE_LIMIT = '5';
    try {
      app = await startAppHarness();
    } finally {
      delete process.env.JEJAK_TEST_RATE_LIMIT;
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses the sixth request of a minute from the same caller with RATE_LIMITED, and only theirs', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await app.gql('{ programmes { id } }', {}, MANAGER));
    expect(answers.slice(0, 5).every((a) => a.errors === undefined)).toBe(true);
    expect(answers[5].errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await app.gql('{ programmes { id } }', {}, FACILITATOR)).errors).toBeUndefined();
  });

  // The security-overhead bench's unguarded API: guards are left out only when the caller says so explicitly.
  it('serves past the limit only on an API started with rateLimit: false; the default keeps every guard', async () => {
    expect(ALL_GUARDS).toEqual({ queryLimits: true, rateLimit: true, authorization: true });
    let unguarded: RunningApi | undefined;
    try {
      unguarded = await startApi(
        { orm: app.orm, temporal: app.client, config: app.config, logger: createLogger('unguarded-test', 'silent') },
        0,
        { ...ALL_GUARDS, rateLimit: false },
      );
      const headers = {
        'content-type': 'application/json',
        ...(await authHeaders({ user: 'rate-free', role: 'manager' })),
      };
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await fetch(`${unguarded.url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: '{ programmes { id } }' }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        codes.push(body.errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual(Array(7).fill(undefined));
    } finally {
      await unguarded?.stop();
    }
  });
});
