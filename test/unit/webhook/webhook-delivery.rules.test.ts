import {
  attemptSchedule,
  nextAttemptAt,
  retryDelayMs,
  selectLanes,
  type OpenDelivery,
  type WebhookRetryPolicy,
} from '../../../domain/webhook/webhook-delivery.rules';
import { loadConfig } from '../../../config/env';

const HOUR = 3_600_000;
const policy: WebhookRetryPolicy = {
  initialIntervalMs: 10_000,
  backoffCoefficient: 2,
  maximumIntervalMs: HOUR,
  deadLetterAfterMs: 24 * HOUR,
};

describe('the webhook back-off schedule', () => {
  it('doubles the wait from the initial interval and never waits longer than the maximum', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30, policy)).toBe(HOUR);
  });

  it('keeps trying for the whole 24-hour window by default, then dead-letters', () => {
    const defaults = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/db' }).webhooks.retry;
    expect(defaults.deadLetterAfterMs).toBe(24 * HOUR);
    const offsets = attemptSchedule(defaults);
    expect(offsets[offsets.length - 1]).toBeGreaterThan(23 * HOUR);
    expect(offsets.length).toBeGreaterThan(20);
    const first = '2026-12-06T00:00:00.000Z';
    expect(nextAttemptAt(1, first, first, defaults)).toBe('2026-12-06T00:00:10.000Z');
    expect(nextAttemptAt(40, first, '2026-12-06T23:30:00.000Z', defaults)).toBeNull();
  });

  it('refuses a production dead-letter window shorter than a day', () => {
    const env = {
      DATABASE_URL: 'postgres://u:p@localhost:5432/db',
      WEBHOOK_DEAD_LETTER_AFTER_SECONDS: '3600',
    };
    expect(loadConfig(env).webhooks.retry.deadLetterAfterMs).toBe(HOUR);
    expect(() => loadConfig({ ...env, NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(
      /WEBHOOK_DEAD_LETTER_AFTER_SECONDS|DATA_ENCRYPTION_KEYS/,
    );
  });
});

let position = 0;
const open = (journeyId: string, seq: number, status: 'PENDING' | 'DEAD' = 'PENDING'): OpenDelivery => ({
  deliveryId: `${journeyId}-${seq}`,
  journeyId,
  seq,
  ordinal: 0,
  status,
  position: ++position,
  nextAttemptAt: null,
});

describe('choosing which deliveries to post', () => {
  it("posts each journey's events in seq order, whatever order they were read in", () => {
    const lanes = selectLanes([open('a', 3), open('a', 1), open('b', 1), open('a', 2)], new Set(), {
      lanes: 10,
      perLane: 10,
    });
    expect(lanes.map((l) => [l.journeyId, l.deliveries.map((d) => d.seq)])).toEqual([
      ['a', [1, 2, 3]],
      ['b', [1]],
    ]);
  });

  it('holds a journey behind its dead-lettered event but not the other journeys', () => {
    const lanes = selectLanes(
      [open('a', 1, 'DEAD'), open('a', 2), open('b', 1), open('b', 2, 'DEAD'), open('b', 3)],
      new Set(),
      {
        lanes: 10,
        perLane: 10,
      },
    );
    expect(lanes.map((l) => [l.journeyId, l.deliveries.map((d) => d.seq)])).toEqual([['b', [1]]]);
  });

  it('leaves journeys already being delivered to their lane, and takes the oldest waiting journeys first', () => {
    const rows = [open('a', 1), open('b', 1), open('c', 1), open('c', 2)];
    const lanes = selectLanes(rows, new Set(['a']), { lanes: 1, perLane: 1 });
    expect(lanes).toEqual([{ journeyId: 'b', deliveries: [rows[1]] }]);
  });
});
