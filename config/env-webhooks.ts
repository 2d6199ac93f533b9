/** The webhook delivery settings (WEBHOOK_*), validated: docs/webhooks.md lists them. */
import type { WebhookDeliverySettings } from '../domain/webhook/webhook-delivery.types';
import { ConfigError, positiveInt, positiveSeconds, read } from './env-values';

/** A day: the shortest dead-letter window a production deployment may set (partners may be down a night). */
const DAY_SECONDS = 86_400;

export function webhookSettings(env: NodeJS.ProcessEnv, nodeEnv: string): WebhookDeliverySettings {
  const deadLetterAfterMs = positiveSeconds(env, 'WEBHOOK_DEAD_LETTER_AFTER_SECONDS', String(DAY_SECONDS));
  if (nodeEnv === 'production' && deadLetterAfterMs < DAY_SECONDS * 1000)
    throw new ConfigError(`WEBHOOK_DEAD_LETTER_AFTER_SECONDS must be at least ${DAY_SECONDS} (24 hours) in production`);
  const backoff = Number(read(env, 'WEBHOOK_RETRY_BACKOFF', '2'));
  if (!Number.isFinite(backoff) || backoff < 1 || backoff > 10)
    throw new ConfigError(`WEBHOOK_RETRY_BACKOFF must be a number from 1 to 10, got "${env.WEBHOOK_RETRY_BACKOFF}"`);
  return {
    retry: {
      initialIntervalMs: positiveSeconds(env, 'WEBHOOK_RETRY_INITIAL_SECONDS', '10'),
      backoffCoefficient: backoff,
      maximumIntervalMs: positiveSeconds(env, 'WEBHOOK_RETRY_MAX_INTERVAL_SECONDS', '3600'),
      deadLetterAfterMs,
    },
    pollIntervalMs: positiveSeconds(env, 'WEBHOOK_POLL_SECONDS', '5'),
    requestTimeoutMs: positiveSeconds(env, 'WEBHOOK_TIMEOUT_SECONDS', '10'),
    lanes: positiveInt(env, 'WEBHOOK_MAX_JOURNEYS_IN_FLIGHT', '20'),
    perLane: 20,
  };
}
