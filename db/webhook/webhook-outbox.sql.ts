import { createHash } from 'node:crypto';
import type { JourneyEventType } from '../../domain/journey/journey-codes';
import { webhookEventData } from '../../domain/webhook/webhook-event.rules';

/** One journey event as the recording activity has it. */
export interface OutboxEvent {
  journeyId: string;
  programmeId: string;
  cohortId: string | null;
  seq: number;
  ordinal: number;
  type: JourneyEventType;
  at: string;
  actorRole: string;
  data: Record<string, unknown>;
}

/**
 * The id of a journey event's outbound message (UUID, version 5 layout) from (journey, seq, ordinal): the same
 * event always has the same id, so a retried recording inserts nothing twice and receivers dedupe on it
 * (the `webhook-id` header).
 */
export function outboxEventId(journeyId: string, seq: number, ordinal: number): string {
  const hash = createHash('sha1').update(`jejak-webhook-event\u0000${journeyId}\u0000${seq}\u0000${ordinal}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * One statement for the recording transaction: the outbox rows of the events (on conflict nothing), and for each
 * row actually inserted one delivery per active endpoint of the programme that takes its type. A retried
 * recording inserts no outbox row, hence no delivery. Null when there are no events.
 */
export function outboxInserts(events: readonly OutboxEvent[]): { sql: string; params: unknown[] } | null {
  if (events.length === 0) return null;
  const rows = events.map((e) => [
    outboxEventId(e.journeyId, e.seq, e.ordinal),
    e.journeyId,
    e.programmeId,
    e.seq,
    e.ordinal,
    e.type,
    e.at,
    JSON.stringify(webhookEventData(e)),
  ]);
  return {
    sql: `with ev as (
            insert into webhook_outbox (id, journey_id, programme_id, seq, ordinal, event_type, occurred_at, payload)
            values ${rows.map(() => '(?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?::jsonb)').join(', ')}
            on conflict do nothing
            returning id, journey_id, programme_id, seq, ordinal, event_type)
          insert into webhook_delivery (endpoint_id, event_id, journey_id, seq, ordinal)
          select ep.id, ev.id, ev.journey_id, ev.seq, ev.ordinal from ev
            join webhook_endpoint ep on ep.programme_id = ev.programme_id and ep.status = 'ACTIVE'
              and ev.event_type = any (ep.event_types)
          on conflict do nothing`,
    params: rows.flat(),
  };
}
