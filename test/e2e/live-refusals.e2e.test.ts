import { randomUUID } from 'node:crypto';
import { mintDevToken } from '../../api/auth/jwt';
import { MAX_SUBSCRIPTIONS } from '../../api/http/live-socket';
import { randomNik, startAppHarness, TEST_JWT_SECRET, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { CASELOAD, codesOf, JOURNEY_CHANGED, liveConnections, released, subscribed } from '../support/live-client';

/**
 * What the live socket refuses, with which stable code, on the real servers: a journey out of scope, a role the
 * access table does not name, anything but a subscription, too many subscriptions on one connection; and how a
 * token ends a connection (expiry while subscribed, a forged one) with 4401.
 */
const run = randomUUID().slice(0, 8);
const f1 = { user: `lr-f1-${run}`, role: 'facilitator', programmes: ['default'], regions: ['52'] };

/** The codes a subscription ended with, wherever graphql-ws carried them (an error message, or a result). */
describe('live updates: refusals and tokens', () => {
  let app: AppHarness;
  const { connect, closeAll } = liveConnections();

  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterEach(async () => {
    await closeAll();
    await released(app.api);
  });
  afterAll(() => app?.stop());

  it('refuses a journey out of scope, a role the table does not name, and queries, with stable codes', async () => {
    const enrolled = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { facilitatorId: f1.user }),
      key: `lr-${run}`,
    });
    const journeyId = enrolled.data!.enrollBeneficiary.id as string;
    const outsider = { ...f1, user: `lr-f31-${run}`, regions: ['31'] };
    const refused = (await connect(app.api.url, outsider)).subscribe(JOURNEY_CHANGED, { id: journeyId });
    const viewer = (await connect(app.api.url, { ...f1, role: 'viewer' })).subscribe(CASELOAD);
    const unknown = (await connect(app.api.url, f1)).subscribe(JOURNEY_CHANGED, { id: randomUUID() });
    const query = (await connect(app.api.url, f1)).subscribe('query { programmes { id } }');

    expect(await codesOf(refused)).toEqual(['FORBIDDEN']);
    expect(await codesOf(viewer)).toEqual(['FORBIDDEN']);
    expect(await codesOf(unknown)).toEqual(['NOT_FOUND']);
    expect(await query.ended).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('only subscriptions'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it(`holds at most ${MAX_SUBSCRIPTIONS} subscriptions per connection, refusing more with RATE_LIMITED`, async () => {
    const live = await connect(app.api.url, f1);
    const base = app.api.live.subscriberCount;
    const held = Array.from({ length: MAX_SUBSCRIPTIONS }, () => live.subscribe(CASELOAD));
    await subscribed(app.api, base + MAX_SUBSCRIPTIONS);
    expect(await codesOf(live.subscribe(CASELOAD))).toEqual(['RATE_LIMITED']);
    held[0].stop();
    const again = live.subscribe(CASELOAD);
    await subscribed(app.api, base + MAX_SUBSCRIPTIONS);
    expect(again.results).toEqual([]);
  });

  it('closes the connection with 4401 when its token expires, and refuses a bad token the same way', async () => {
    const shortLived = await mintDevToken(
      TEST_JWT_SECRET,
      { sub: f1.user, roles: ['facilitator'], scope: { programmes: ['default'], regions: ['52'] } },
      3,
    );
    const base = app.api.live.subscriberCount;
    const live = await connect(app.api.url, f1, shortLived);
    const caseload = live.subscribe(CASELOAD);
    await subscribed(app.api, base + 1);
    expect(await live.closed).toEqual({ code: 4401, reason: 'Unauthorized: token expired' });
    expect(caseload.results).toEqual([]);
    // The closed connection's subscription is gone from the process (nothing left listening for it).
    await released(app.api, base);

    const forged = await connect(app.api.url, f1, `${shortLived.slice(0, -4)}AAAA`);
    forged.subscribe(CASELOAD);
    expect((await forged.closed).code).toBe(4401);
  });
});
