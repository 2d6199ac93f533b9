import { randomUUID } from 'node:crypto';
import { WEBHOOK_EVENT_TYPES } from '../../domain/webhook/webhook-event.rules';
import { webhookEndpointWorkflowId } from '../../workflows/webhook/webhook-endpoint.messages';
import { randomNik, startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';
import { ensureCohort } from '../support/cohort-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { rawQuery } from '../support/raw-sql';
import { closedPort, eventually, startReceiver, type TestReceiver } from '../support/webhook-receiver';

/**
 * Outbound events to partner systems over the real product (docs/webhooks.md): an admin registers an endpoint,
 * journeys take steps while the receiver is down, and once it is back it gets every event once, in order per
 * journey, signed; a receiver that never answers gets its deliveries dead-lettered, and an admin's replay
 * delivers them. Short back-off values (the deployment's WEBHOOK_* settings) keep it quick.
 */
const ADMIN: TestIdentity = { user: 'admin-1', role: 'admin' };
const ENDPOINT = 'id programmeId url eventTypes status createdBy secretRotatedAt';
const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT} } } }`;
const DELIVERIES = `query($id: ID!, $filter: WebhookDeliveriesFilter) {
  webhookDeliveries(endpointId: $id, filter: $filter) {
    id eventId eventType journeyId seq ordinal status attempts lastStatusCode lastError nextAttemptAt deliveredAt
    deadAt } }`;
const REPLAY = `mutation($input: ReplayWebhookDeliveriesInput!) {
  replayWebhookDeliveries(input: $input) { replayed } }`;
const codeOf = (res: { errors?: { extensions?: { code?: unknown } }[] }) => res.errors?.[0]?.extensions?.code;

type Delivery = { eventId: string; journeyId: string; seq: number; ordinal: number; status: string; attempts: number };
type Body = { type: string; data: { journeyId: string; seq: number; ordinal: number; eventType: string } };

describe('webhooks: outbound events to partner systems', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const cohortId = `webhooks-${run}`;
  const endpoints: string[] = [];
  const receivers: TestReceiver[] = [];

  beforeAll(async () => {
    app = await startAppHarness(undefined, {
      env: {
        WEBHOOK_RETRY_INITIAL_SECONDS: '0.2',
        WEBHOOK_RETRY_BACKOFF: '2',
        WEBHOOK_RETRY_MAX_INTERVAL_SECONDS: '1',
        WEBHOOK_DEAD_LETTER_AFTER_SECONDS: '20',
        WEBHOOK_POLL_SECONDS: '0.3',
        WEBHOOK_TIMEOUT_SECONDS: '2',
      },
    });
    await ensureCohort(app, cohortId);
  });
  afterAll(async () => {
    for (const id of endpoints)
      await app.client.workflow
        .getHandle(webhookEndpointWorkflowId(id))
        .terminate('test over')
        .catch(() => undefined);
    for (const r of receivers) await r.close();
    await app?.stop();
  });

  const register = async (url: string, eventTypes: readonly string[]) => {
    const res = await app.gql(
      REGISTER,
      {
        input: {
          programmeId: 'default',
          url,
          eventTypes,
          reason: 'District dashboard receives journey events',
          idempotencyKey: `register-${randomUUID()}`,
        },
      },
      ADMIN,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const { secret, endpoint } = res.data!.registerWebhookEndpoint as { secret: string; endpoint: { id: string } };
    endpoints.push(endpoint.id);
    return { secret, id: endpoint.id };
  };
  const enrol = async (): Promise<{ id: string; journeyId: string }> => {
    const input = enrolmentInput(randomNik(), { cohortId });
    const res = await app.gql(ENROLL, { input, key: `webhooks-${randomUUID()}` }, MANAGER);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.enrollBeneficiary as { id: string; journeyId: string };
  };
  const deliveries = async (endpointId: string, status?: string): Promise<Delivery[]> => {
    const res = await app.gql(DELIVERIES, { id: endpointId, filter: { status, first: 500 } }, ADMIN);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.webhookDeliveries as Delivery[];
  };
  const eventsOf = async (journeyIds: string[]) =>
    rawQuery<{ journey_id: string; seq: number; ordinal: number }>(
      `select journey_id::text, seq, ordinal from journey_event where journey_id = any($1::uuid[])
        order by journey_id, seq, ordinal`,
      [journeyIds],
    );

  it('refuses a bad URL or a non-admin with stable codes, and registers nothing', async () => {
    const input = {
      programmeId: 'default',
      eventTypes: ['ENROLLED'],
      reason: 'Loan system of the cooperative',
      idempotencyKey: `refused-${run}`,
    };
    const bad = await app.gql(REGISTER, { input: { ...input, url: 'ftp://partner.example/in' } }, ADMIN);
    expect(codeOf(bad)).toBe('WEBHOOK_URL_INVALID');
    const manager = await app.gql(REGISTER, { input: { ...input, url: 'https://partner.example/in' } }, MANAGER);
    expect(codeOf(manager)).toBe('FORBIDDEN');
    const [{ n }] = await rawQuery<{ n: string }>(
      `select count(*) as n from webhook_endpoint where url in ('ftp://partner.example/in', 'https://partner.example/in')`,
    );
    expect(Number(n)).toBe(0);
  });

  it('a resend with the same key answers the same endpoint and registers one; other input is refused', async () => {
    const url = `https://partner.example/resend-${run}`;
    const input = {
      programmeId: 'default',
      url,
      eventTypes: ['ENROLLED', 'STAGE_CHANGED'],
      reason: 'Cooperative loan system, sent twice',
      idempotencyKey: `resend-${run}`,
    };
    const first = await app.gql(REGISTER, { input }, ADMIN);
    expect(first.errors).toBeUndefined();
    const resent = await app.gql(REGISTER, { input: { ...input, eventTypes: ['STAGE_CHANGED', 'ENROLLED'] } }, ADMIN);
    expect(resent.errors).toBeUndefined();
    const created = first.data!.registerWebhookEndpoint as { secret: string; endpoint: { id: string } };
    endpoints.push(created.endpoint.id);
    expect(resent.data!.registerWebhookEndpoint).toEqual(created);

    const other = await app.gql(REGISTER, { input: { ...input, url: `${url}/other` } }, ADMIN);
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    const rows = await rawQuery<{ id: string; url: string }>(
      `select id::text, url from webhook_endpoint where url like $1`,
      [`${url}%`],
    );
    expect(rows).toEqual([{ id: created.endpoint.id, url }]);
    const audited = await rawQuery<{ n: string }>(
      `select count(*) as n from audit_log where action = 'webhook.register' and idempotency_key = $1`,
      [input.idempotencyKey],
    );
    expect(Number(audited[0].n)).toBe(1);

    // once the secret is rotated, the registration's resend no longer reveals the secret in force
    const rotated = await app.gql(
      `mutation($input: WebhookEndpointActionInput!) { rotateWebhookSecret(input: $input) { secret } }`,
      { input: { id: created.endpoint.id, reason: 'The first secret leaked in a log' } },
      ADMIN,
    );
    expect(rotated.errors).toBeUndefined();
    const afterRotation = await app.gql(REGISTER, { input }, ADMIN);
    expect(codeOf(afterRotation)).toBe('WEBHOOK_SECRET_ROTATED');
    expect(JSON.stringify(afterRotation)).not.toContain(
      (rotated.data!.rotateWebhookSecret as { secret: string }).secret,
    );
    expect(await rawQuery(`select id::text from webhook_endpoint where url like $1`, [`${url}%`])).toHaveLength(1);
  });

  it('delivers every event once, in order per journey and signed, after the receiver comes back', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    receiver.down = true;
    const { secret, id: endpointId } = await register(receiver.url, WEBHOOK_EVENT_TYPES);
    expect(secret).toMatch(/^whsec_/);
    const [stored] = await rawQuery<{ secret_sealed: string }>(
      `select secret_sealed from webhook_endpoint where id = $1`,
      [endpointId],
    );
    expect(stored.secret_sealed.startsWith('enc:v1:')).toBe(true);

    const journeys = [await enrol(), await enrol(), await enrol()];
    for (const j of journeys.slice(0, 2)) await ok(app, 'submitAssessment', j.id, assessmentInput());
    const ids = journeys.map((j) => j.journeyId);
    await eventually(
      async () => (await deliveries(endpointId)).filter((d) => d.attempts > 0).length >= 3,
      'failed attempts on the down receiver',
    );
    const failing = (await deliveries(endpointId)).filter((d) => d.attempts > 0);
    expect(failing.every((d) => d.status === 'PENDING')).toBe(true);
    expect(receiver.requests.every((r) => r.answered === 503)).toBe(true);

    receiver.down = false;
    const events = await eventsOf(ids);
    const mine = () => receiver.accepted().filter((r) => ids.includes((JSON.parse(r.body) as Body).data.journeyId));
    await eventually(() => mine().length === events.length, 'every event accepted');
    await eventually(
      async () =>
        (await deliveries(endpointId, 'DELIVERED')).filter((d) => ids.includes(d.journeyId)).length === events.length,
      'every delivery recorded as delivered',
    );

    // Once each: one accepted request per webhook-id, one webhook-id per journey event.
    const accepted = receiver.requests.filter((r) => r.answered === 200);
    const perId = new Map<string, number>();
    for (const r of accepted) perId.set(r.id, (perId.get(r.id) ?? 0) + 1);
    expect([...perId.values()].every((n) => n === 1)).toBe(true);
    const bodies = mine().map((r) => JSON.parse(r.body) as Body);
    expect(bodies.map((b) => `${b.data.journeyId}:${b.data.seq}:${b.data.ordinal}`).sort()).toEqual(
      events.map((e) => `${e.journey_id}:${e.seq}:${e.ordinal}`).sort(),
    );
    // In order per journey, whatever the interleaving across journeys.
    for (const journeyId of ids) {
      const order = bodies.filter((b) => b.data.journeyId === journeyId).map((b) => b.data.seq * 1000 + b.data.ordinal);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // Signed: every request, the failed ones too, verifies with the secret shown at registration.
    for (const r of receiver.requests) expect(() => receiver.verify(secret, r)).not.toThrow();
    expect(bodies[0].type).toBe(`journey.${bodies[0].data.eventType.toLowerCase()}`);
    // The same id the API shows for the delivery.
    const shown = await deliveries(endpointId, 'DELIVERED');
    expect(new Set(shown.map((d) => d.eventId))).toEqual(new Set(accepted.map((r) => r.id)));
  });

  it('dead-letters deliveries to a receiver that never answers, and delivers them on an admin replay', async () => {
    const port = await closedPort();
    const { secret, id: endpointId } = await register(`http://127.0.0.1:${port}/hooks`, [
      'ENROLLED',
      'ASSESSMENT_SUBMITTED',
    ]);
    const journey = await enrol();
    await ok(app, 'submitAssessment', journey.id, assessmentInput());
    await eventually(
      async () => (await deliveries(endpointId, 'DEAD')).length === 2,
      'both deliveries dead-lettered',
      120_000,
    );
    const dead = await deliveries(endpointId, 'DEAD');
    expect(dead.map((d) => d.eventId).length).toBe(2);
    expect(dead.some((d) => d.attempts > 1)).toBe(true);

    const receiver = await startReceiver(port);
    receivers.push(receiver);
    const byManager = await app.gql(REPLAY, { input: { endpointId, reason: 'Loan system is back up' } }, MANAGER);
    expect(codeOf(byManager)).toBe('FORBIDDEN');
    const replay = await app.gql(REPLAY, { input: { endpointId, reason: 'Loan system is back up' } }, ADMIN);
    expect(replay.data?.replayWebhookDeliveries).toEqual({ replayed: 2 });
    await eventually(() => receiver.accepted().length === 2, 'the replayed deliveries accepted');
    const types = receiver.accepted().map((r) => (JSON.parse(r.body) as Body).type);
    expect(types).toEqual(['journey.enrolled', 'journey.assessment_submitted']);
    for (const r of receiver.requests) expect(() => receiver.verify(secret, r)).not.toThrow();
    await eventually(async () => (await deliveries(endpointId, 'DELIVERED')).length === 2, 'recorded as delivered');
    const audit = await rawQuery<{ action: string; actor_id: string; source: string }>(
      `select action, actor_id, source from audit_log where after->>'endpointId' = $1 order by id`,
      [endpointId],
    );
    expect(audit).toEqual([
      { action: 'webhook.register', actor_id: 'admin-1', source: 'CONFIGURATION' },
      { action: 'webhook.replay', actor_id: 'admin-1', source: 'CONFIGURATION' },
    ]);
  });
  it('rotates the secret (later events signed with the new one), changes and disables an endpoint', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { secret: first, id } = await register(receiver.url, ['ENROLLED']);
    const INPUT: Record<string, string> = {
      updateWebhookEndpoint: 'UpdateWebhookEndpointInput',
      rotateWebhookSecret: 'WebhookEndpointActionInput',
      disableWebhookEndpoint: 'WebhookEndpointActionInput',
    };
    const action = (name: string, extra: Record<string, unknown> = {}) => {
      const selection = name === 'rotateWebhookSecret' ? `secret endpoint { ${ENDPOINT} }` : ENDPOINT;
      return app.gql(
        `mutation($input: ${INPUT[name]}!) { ${name}(input: $input) { ${selection} } }`,
        { input: { id, reason: 'Partner asked for a new secret', ...extra } },
        ADMIN,
      );
    };
    const rotated = await action('rotateWebhookSecret');
    const second = (rotated.data!.rotateWebhookSecret as { secret: string }).secret;
    expect(second).not.toBe(first);
    const journey = await enrol();
    await eventually(
      () => receiver.accepted().some((r) => (JSON.parse(r.body) as Body).data.journeyId === journey.journeyId),
      'the enrolment delivered',
    );
    const last = receiver.accepted().at(-1)!;
    expect(() => receiver.verify(second, last)).not.toThrow();
    expect(() => receiver.verify(first, last)).toThrow();

    expect(codeOf(await action('updateWebhookEndpoint', { url: 'mailto:x@partner.example' }))).toBe(
      'WEBHOOK_URL_INVALID',
    );
    const updated = await action('updateWebhookEndpoint', { eventTypes: ['ENROLLED', 'EXITED'] });
    expect(updated.data!.updateWebhookEndpoint).toMatchObject({ eventTypes: ['ENROLLED', 'EXITED'] });
    const disabled = await action('disableWebhookEndpoint');
    expect(disabled.data!.disableWebhookEndpoint).toMatchObject({ status: 'DISABLED' });
    expect(codeOf(await action('rotateWebhookSecret'))).toBe('WEBHOOK_ENDPOINT_DISABLED');
    const before = receiver.requests.length;
    await enrol();
    await new Promise((r) => setTimeout(r, 2000));
    expect(receiver.requests.length).toBe(before);
    const listed = await app.gql(`query { webhookEndpoints(programmeId: "default") { id status } }`, {}, ADMIN);
    expect(listed.data!.webhookEndpoints).toContainEqual({ id, status: 'DISABLED' });
  });
});
