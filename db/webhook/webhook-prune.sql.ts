import type { SqlRows } from '../shared/sql-rows';
import type { WebhookPruneCutoffs } from '../../domain/webhook/webhook-prune.rules';

/** Rows deleted per statement: each batch is a short transaction of its own, whatever the backlog. */
const BATCH = 5000;

async function inBatches(sql: SqlRows, text: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = (await sql(text, [...params, BATCH])).length;
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

/** Delivered deliveries accepted before the cutoff. */
export const pruneDelivered = (sql: SqlRows, cutoffs: WebhookPruneCutoffs): Promise<number> =>
  inBatches(
    sql,
    `delete from webhook_delivery where id in (select id from webhook_delivery
        where status = 'DELIVERED' and delivered_at < ? limit ?) returning id`,
    [cutoffs.deliveredBefore],
  );

/**
 * Dead-lettered deliveries dead-lettered before the cutoff. One that a later pending event of its journey waits
 * behind stays: deleting it would let that journey's later events out of order (they wait for a replay).
 */
export const pruneDead = (sql: SqlRows, cutoffs: WebhookPruneCutoffs): Promise<number> =>
  inBatches(
    sql,
    `delete from webhook_delivery where id in (select d.id from webhook_delivery d
        where d.status = 'DEAD' and d.dead_at < ?
          and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id
            and p.journey_id = d.journey_id and p.status = 'PENDING' and (p.seq, p.ordinal) > (d.seq, d.ordinal))
        limit ?) returning id`,
    [cutoffs.deadBefore],
  );

/**
 * Every delivery of an endpoint disabled before the dead-letter cutoff, whatever its status: a disabled endpoint is
 * final, so its pending deliveries are never posted and its dead-lettered ones can no longer be replayed. An
 * endpoint's `updated_at` is when it was disabled: nothing writes a disabled endpoint again.
 */
export const pruneDisabled = (sql: SqlRows, cutoffs: WebhookPruneCutoffs): Promise<number> =>
  inBatches(
    sql,
    `delete from webhook_delivery where id in (select d.id from webhook_delivery d
        join webhook_endpoint e on e.id = d.endpoint_id
        where e.status = 'DISABLED' and e.updated_at < ? limit ?) returning id`,
    [cutoffs.deadBefore],
  );

/** Outbox events recorded before the cutoff that no delivery refers to any more (or never did). */
export const pruneEvents = (sql: SqlRows, cutoffs: WebhookPruneCutoffs): Promise<number> =>
  inBatches(
    sql,
    `delete from webhook_outbox where id in (select o.id from webhook_outbox o
        where o.recorded_at < ? and not exists (select 1 from webhook_delivery d where d.event_id = o.id)
        limit ?) returning id`,
    [cutoffs.eventsBefore],
  );
