import type { WebhookDeliveryStatus } from './webhook-event.rules';

/**
 * How deliveries are retried and ordered (docs/webhooks.md). The values are deployment configuration
 * (WEBHOOK_* settings, config/env.ts); these functions are the rules both the delivery workflow and the
 * activities apply, so they are tested without servers.
 */
export interface WebhookRetryPolicy {
  /** The wait before the second attempt, in milliseconds. */
  initialIntervalMs: number;
  /** Each wait is the previous one times this (at least 1). */
  backoffCoefficient: number;
  /** No wait is longer than this, in milliseconds. */
  maximumIntervalMs: number;
  /** A delivery still failing this long after its first attempt is dead-lettered, in milliseconds. */
  deadLetterAfterMs: number;
}

/** The wait after failed attempt `attempt` (1 = the first), in milliseconds: exponential, capped. */
export function retryDelayMs(attempt: number, policy: WebhookRetryPolicy): number {
  const exponent = Math.max(0, attempt - 1);
  const raw = policy.initialIntervalMs * Math.pow(Math.max(1, policy.backoffCoefficient), exponent);
  return Math.min(policy.maximumIntervalMs, raw);
}

/** When the next attempt after failed attempt `attempt` falls (ISO), or null: none, it is dead-lettered. */
export function nextAttemptAt(
  attempt: number,
  firstAttemptAt: string,
  failedAt: string,
  policy: WebhookRetryPolicy,
): string | null {
  const next = Date.parse(failedAt) + retryDelayMs(attempt, policy);
  return next - Date.parse(firstAttemptAt) >= policy.deadLetterAfterMs ? null : new Date(next).toISOString();
}

/**
 * The attempts made on a receiver that never answers well, each at the offset (ms after the first) it falls:
 * what an operator reads to see that a policy keeps trying for its whole window.
 */
export function attemptSchedule(policy: WebhookRetryPolicy): number[] {
  const offsets = [0];
  for (let attempt = 1; ; attempt++) {
    const next = offsets[offsets.length - 1] + retryDelayMs(attempt, policy);
    if (next >= policy.deadLetterAfterMs || offsets.length >= 10_000) return offsets;
    offsets.push(next);
  }
}

/** An undelivered delivery of one endpoint, as the delivery workflow sees it. */
export interface OpenDelivery {
  deliveryId: string;
  journeyId: string;
  seq: number;
  ordinal: number;
  status: Exclude<WebhookDeliveryStatus, 'DELIVERED'>;
  /** Position of its event in the outbox: older events first across journeys. */
  position: number;
  nextAttemptAt: string | null;
}

/** The deliveries one journey's lane posts, in order. */
export interface JourneyLane {
  journeyId: string;
  deliveries: OpenDelivery[];
}

const byEventOrder = (a: OpenDelivery, b: OpenDelivery): number =>
  a.journeyId === b.journeyId ? a.seq - b.seq || a.ordinal - b.ordinal : a.position - b.position;

/**
 * Which deliveries to post now, keeping order per journey. A journey whose oldest open delivery is dead-lettered
 * is blocked (its later events wait for a replay); a journey already being delivered is left to its lane. Each
 * other journey gets a lane of its open deliveries in (seq, ordinal) order, up to `perLane`, and at most `lanes`
 * journeys are taken, those with the oldest waiting event first.
 */
export function selectLanes(
  open: readonly OpenDelivery[],
  busyJourneys: ReadonlySet<string>,
  limits: { lanes: number; perLane: number },
): JourneyLane[] {
  const byJourney = new Map<string, OpenDelivery[]>();
  for (const d of open) {
    const list = byJourney.get(d.journeyId) ?? [];
    list.push(d);
    byJourney.set(d.journeyId, list);
  }
  const lanes: JourneyLane[] = [];
  for (const [journeyId, list] of byJourney) {
    if (busyJourneys.has(journeyId)) continue;
    list.sort(byEventOrder);
    if (list[0].status === 'DEAD') continue;
    const run: OpenDelivery[] = [];
    for (const d of list) {
      if (d.status === 'DEAD' || run.length >= limits.perLane) break;
      run.push(d);
    }
    lanes.push({ journeyId, deliveries: run });
  }
  lanes.sort((a, b) => a.deliveries[0].position - b.deliveries[0].position);
  return lanes.slice(0, Math.max(0, limits.lanes));
}

/** A receiver's answer is a success on any 2xx status. */
export const isDelivered = (statusCode: number): boolean => statusCode >= 200 && statusCode < 300;
