import type { SqlRows } from '../shared/sql-rows';
import type { OpenDelivery } from '../../domain/webhook/webhook-delivery.rules';

/** How many open deliveries one look reads at most (oldest events first). */
const OPEN_LIMIT = 2000;

/** The endpoint's status, or null when there is no such endpoint. */
export async function endpointStatus(sql: SqlRows, endpointId: string): Promise<string | null> {
  const [row] = await sql(`select status from webhook_endpoint where id = ?`, [endpointId]);
  return row ? String(row.status) : null;
}

/**
 * The endpoint's pending deliveries that may go out, journeys not busy, oldest events first. A delivery behind a
 * dead-lettered one of its journey is left out here (it waits for a replay), so a journey blocked with many
 * events never crowds the others out of the page.
 */
export async function openDeliveries(sql: SqlRows, endpointId: string, busy: string[]): Promise<OpenDelivery[]> {
  const rows = await sql(
    `select d.id, d.journey_id, d.seq, d.ordinal, d.status, o.position, d.next_attempt_at
       from webhook_delivery d join webhook_outbox o on o.id = d.event_id
      where d.endpoint_id = ? and d.status = 'PENDING'
        and not exists (select 1 from webhook_delivery x where x.endpoint_id = d.endpoint_id
          and x.journey_id = d.journey_id and x.status = 'DEAD' and (x.seq, x.ordinal) < (d.seq, d.ordinal))
        ${busy.length > 0 ? `and d.journey_id not in (${busy.map(() => '?').join(', ')})` : ''}
      order by o.position limit ?`,
    [endpointId, ...busy, OPEN_LIMIT],
  );
  return rows.map((r) => ({
    deliveryId: String(r.id),
    journeyId: String(r.journey_id),
    seq: Number(r.seq),
    ordinal: Number(r.ordinal),
    status: r.status === 'DEAD' ? 'DEAD' : 'PENDING',
    position: Number(r.position),
    nextAttemptAt: r.next_attempt_at ? new Date(r.next_attempt_at as string).toISOString() : null,
  }));
}

/** What posting one delivery needs: its state, the event, the endpoint (secret still sealed). */
export interface DeliveryToPost {
  id: string;
  status: string;
  attempts: number;
  firstAttemptAt: string | null;
  nextAttemptAt: string | null;
  journeyId: string;
  seq: number;
  ordinal: number;
  endpointId: string;
  eventId: string;
  payload: Record<string, unknown>;
  url: string;
  secretSealed: string;
  endpointStatus: string;
}

const iso = (v: unknown): string | null => (v ? new Date(v as string).toISOString() : null);

export async function deliveryToPost(sql: SqlRows, deliveryId: string): Promise<DeliveryToPost | null> {
  const [r] = await sql(
    `select d.id, d.status, d.attempts, d.first_attempt_at, d.next_attempt_at, d.journey_id, d.seq, d.ordinal,
            d.endpoint_id, d.event_id, o.payload, e.url, e.secret_sealed, e.status as endpoint_status
       from webhook_delivery d join webhook_outbox o on o.id = d.event_id
       join webhook_endpoint e on e.id = d.endpoint_id
      where d.id = ?`,
    [deliveryId],
  );
  if (!r) return null;
  return {
    id: String(r.id),
    status: String(r.status),
    attempts: Number(r.attempts),
    firstAttemptAt: iso(r.first_attempt_at),
    nextAttemptAt: iso(r.next_attempt_at),
    journeyId: String(r.journey_id),
    seq: Number(r.seq),
    ordinal: Number(r.ordinal),
    endpointId: String(r.endpoint_id),
    eventId: String(r.event_id),
    payload: r.payload as Record<string, unknown>,
    url: String(r.url),
    secretSealed: String(r.secret_sealed),
    endpointStatus: String(r.endpoint_status),
  };
}

/** A successful attempt: delivered (only a pending row moves; a row delivered meanwhile stays as it is). */
export async function markDelivered(sql: SqlRows, id: string, statusCode: number, at: Date): Promise<void> {
  await sql(
    `update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status_code = ?,
        last_error = null, first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?,
        next_attempt_at = null, delivered_at = ?
      where id = ? and status = 'PENDING'`,
    [statusCode, at, at, at, id],
  );
}

/** A failed attempt to be retried at `next`. */
export async function markFailed(
  sql: SqlRows,
  id: string,
  failure: { statusCode: number | null; error: string | null },
  at: Date,
  firstAttemptAt: string,
  next: string,
): Promise<void> {
  await sql(
    `update webhook_delivery set attempts = attempts + 1, last_status_code = ?, last_error = ?,
        first_attempt_at = ?, last_attempt_at = ?, next_attempt_at = ?
      where id = ? and status = 'PENDING'`,
    [failure.statusCode, failure.error, firstAttemptAt, at, next, id],
  );
}

/**
 * A failed attempt past the dead-letter window: the delivery is DEAD, and so are the journey's later open
 * deliveries to the endpoint (delivering them would break the journey's order). A replay revives them.
 */
export async function markDead(
  sql: SqlRows,
  d: DeliveryToPost,
  failure: { statusCode: number | null; error: string | null },
  at: Date,
): Promise<void> {
  await sql(
    `update webhook_delivery set status = 'DEAD', attempts = attempts + 1, last_status_code = ?, last_error = ?,
        first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?, next_attempt_at = null, dead_at = ?
      where id = ? and status = 'PENDING'`,
    [failure.statusCode, failure.error, at, at, at, d.id],
  );
  await sql(
    `update webhook_delivery set status = 'DEAD', next_attempt_at = null, dead_at = ?
      where endpoint_id = ? and journey_id = ? and status = 'PENDING' and (seq, ordinal) > (?, ?)`,
    [at, d.endpointId, d.journeyId, d.seq, d.ordinal],
  );
}
