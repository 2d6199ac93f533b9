import { randomUUID } from 'node:crypto';
import type { WebhookPruneResult } from '../../domain/webhook/webhook-prune.rules';
import { webhookPruneScheduleId } from '../../workflows/webhook/webhook-prune.messages';
import { startAppHarness, type AppHarness } from '../support/app-harness';
import { rawQuery } from '../support/raw-sql';
import { runScheduleRound } from '../support/schedule-round';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/**
 * The webhook outbox is pruned by its Temporal Schedule (docs/webhooks.md#retention), on the real servers with the
 * default retention (delivered 30 days, dead-lettered 90): deliveries past it go, recent and pending ones stay,
 * and an endpoint disabled longer ago than 90 days loses all its deliveries (nothing of it is posted or replayed).
 */
describe('webhook outbox retention', () => {
  let app: AppHarness;
  const endpointId = randomUUID();
  const longDisabledId = randomUUID();

  beforeAll(async () => {
    app = await startAppHarness();
    for (const [id, disabledAt] of [
      [endpointId, new Date()],
      [longDisabledId, ago(100)],
    ] as const)
      await rawQuery(
        `insert into webhook_endpoint (id, programme_id, url, event_types, secret_sealed, status, created_by,
           created_at, updated_at) values ($1, 'default', 'https://partner.example/prune', '{ENROLLED}', 'enc:v1:x',
           'DISABLED', 'admin-1', $2, $2)`,
        [id, disabledAt],
      );
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  /** One outbox event of a journey and its delivery to the endpoint, in the given state; answers their ids. */
  const seed = async (
    journeyId: string,
    seq: number,
    recordedAt: Date,
    delivery: { status: 'PENDING' | 'DELIVERED' | 'DEAD'; finishedAt?: Date },
    endpoint = endpointId,
  ) => {
    const eventId = randomUUID();
    await rawQuery(
      `insert into webhook_outbox (id, journey_id, programme_id, seq, ordinal, event_type, occurred_at, payload,
         recorded_at) values ($1, $2, 'default', $3, 0, 'ENROLLED', $4, '{}'::jsonb, $4)`,
      [eventId, journeyId, seq, recordedAt],
    );
    const [row] = await rawQuery<{ id: string }>(
      `insert into webhook_delivery (endpoint_id, event_id, journey_id, seq, ordinal, status, delivered_at, dead_at,
         created_at) values ($1, $2, $3, $4, 0, $5, $6, $7, $8) returning id::text`,
      [
        endpoint,
        eventId,
        journeyId,
        seq,
        delivery.status,
        delivery.status === 'DELIVERED' ? delivery.finishedAt : null,
        delivery.status === 'DEAD' ? delivery.finishedAt : null,
        recordedAt,
      ],
    );
    return { eventId, deliveryId: row.id };
  };
  const remaining = async (deliveryIds: string[]) =>
    (
      await rawQuery<{ id: string }>(`select id::text from webhook_delivery where id = any($1::uuid[])`, [deliveryIds])
    ).map((r) => r.id);
  const eventsLeft = async (eventIds: string[]) =>
    Number(
      (
        await rawQuery<{ n: string }>(`select count(*) as n from webhook_outbox where id = any($1::uuid[])`, [eventIds])
      )[0].n,
    );

  it('deletes deliveries past their retention; recent, pending and blocking ones stay; again: nothing', async () => {
    const oldDelivered = await seed(randomUUID(), 1, ago(41), { status: 'DELIVERED', finishedAt: ago(40) });
    const recentDelivered = await seed(randomUUID(), 1, ago(2), { status: 'DELIVERED', finishedAt: ago(1) });
    const oldPending = await seed(randomUUID(), 1, ago(40), { status: 'PENDING' });
    const oldDead = await seed(randomUUID(), 1, ago(101), { status: 'DEAD', finishedAt: ago(100) });
    // a dead-lettered event a later event of its journey still waits behind: deleting it would release that one
    const blocked = randomUUID();
    const blockingDead = await seed(blocked, 1, ago(101), { status: 'DEAD', finishedAt: ago(100) });
    const waiting = await seed(blocked, 2, ago(50), { status: 'PENDING' });
    // the endpoint disabled 100 days ago: its pending and recently dead-lettered deliveries go too
    const gonePending = await seed(randomUUID(), 1, ago(120), { status: 'PENDING' }, longDisabledId);
    const goneDead = await seed(randomUUID(), 1, ago(20), { status: 'DEAD', finishedAt: ago(10) }, longDisabledId);
    const all = [oldDelivered, recentDelivered, oldPending, oldDead, blockingDead, waiting, gonePending, goneDead];

    const first = await runScheduleRound<WebhookPruneResult>(app, webhookPruneScheduleId(app.taskQueue));
    expect(first.delivered).toBeGreaterThanOrEqual(1);
    expect(first.dead).toBeGreaterThanOrEqual(1);
    expect(first.disabled).toBeGreaterThanOrEqual(2);
    expect(first.events).toBeGreaterThanOrEqual(2);
    const kept = [recentDelivered, oldPending, blockingDead, waiting];
    expect(new Set(await remaining(all.map((s) => s.deliveryId)))).toEqual(new Set(kept.map((s) => s.deliveryId)));
    // the pruned deliveries' events go with them; the kept deliveries' events stay
    expect(await eventsLeft([oldDelivered.eventId, oldDead.eventId, gonePending.eventId])).toBe(0);
    expect(await eventsLeft(kept.map((s) => s.eventId))).toBe(kept.length);

    const second = await runScheduleRound<WebhookPruneResult>(app, webhookPruneScheduleId(app.taskQueue));
    expect(second).toEqual({ delivered: 0, dead: 0, disabled: 0, events: 0 });
    expect(new Set(await remaining(all.map((s) => s.deliveryId)))).toEqual(new Set(kept.map((s) => s.deliveryId)));
  });
});
