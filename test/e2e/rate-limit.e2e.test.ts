import { FACILITATOR, MANAGER, startAppHarness, type AppHarness } from '../support/app-harness';

/** A caller over RATE_LIMIT_PER_MINUTE gets 429 RATE_LIMITED; other callers are still served. */
describe('per-caller rate limit', () => {
  let app: AppHarness;
  beforeAll(async () => {
    process.env.JEJAK_TEST_RATE_LIMIT = '5';
    try { app = await startAppHarness(); } finally { delete process.env.JEJAK_TEST_RATE_LIMIT; }
  });
  afterAll(async () => { await app?.stop(); });

  it('refuses the sixth request of a minute from the same caller with RATE_LIMITED, and only theirs', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await app.gql('{ programmes { id } }', {}, MANAGER));
    expect(answers.slice(0, 5).every((a) => a.errors === undefined)).toBe(true);
    expect(answers[5].errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await app.gql('{ programmes { id } }', {}, FACILITATOR)).errors).toBeUndefined();
  });
});
