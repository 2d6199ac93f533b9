import type { MikroORM } from '@mikro-orm/postgresql';
import { ApplicationFailure, log } from '@temporalio/activity';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { sqlOf } from '../../db/shared/sql-rows';
import {
  deliveryToPost,
  endpointStatus,
  markDead,
  markDelivered,
  markFailed,
  openDeliveries,
} from '../../db/webhook/webhook-delivery.sql';
import { nextAttemptAt, selectLanes } from '../../domain/webhook/webhook-delivery.rules';
import type {
  OpenWebhookWork,
  OpenWebhookWorkInput,
  WebhookDeliveryActivities,
  WebhookDeliverySettings,
  WebhookPostOutcome,
} from '../../domain/webhook/webhook-delivery.types';
import { webhookBody, type WebhookEventData } from '../../domain/webhook/webhook-event.rules';
import { postWebhook } from './webhook-post';
import { signWebhook } from './webhook-signature';

/** A retry sooner than this is taken now (timers are not that precise anyway). */
const EARLY_MS = 50;

/**
 * The delivery activities of the endpoint workflows. State lives in webhook_delivery: a delivered row is never
 * posted again, a failed attempt records its status code and the next attempt from the back-off schedule, and
 * throws a retryable failure with exactly that delay (Temporal waits; no scheduler of ours). An activity
 * retried after a POST that succeeded but was not recorded posts again with the same webhook-id: delivery is
 * at least once on the wire, exactly once for a receiver that dedupes on webhook-id. Logs carry ids only.
 */
export function createWebhookDeliveryActivities(
  orm: MikroORM,
  deps: { cipher: FieldCipher; settings: WebhookDeliverySettings },
): WebhookDeliveryActivities {
  const { cipher, settings } = deps;
  return {
    async openWebhookWork(input: OpenWebhookWorkInput): Promise<OpenWebhookWork> {
      const sql = sqlOf(orm.em.fork());
      if ((await endpointStatus(sql, input.endpointId)) !== 'ACTIVE') return { active: false, lanes: [], settings };
      const open = await openDeliveries(sql, input.endpointId, input.busyJourneyIds);
      const lanes = selectLanes(open, new Set(input.busyJourneyIds), settings);
      return { active: true, lanes, settings };
    },

    async postWebhookDelivery({ deliveryId }): Promise<WebhookPostOutcome> {
      const sql = sqlOf(orm.em.fork());
      const d = await deliveryToPost(sql, deliveryId);
      if (!d || d.status === 'DEAD') return 'DEAD';
      if (d.status === 'DELIVERED') return 'DELIVERED';
      if (d.endpointStatus !== 'ACTIVE') return 'ENDPOINT_DISABLED';
      const wait = d.nextAttemptAt ? Date.parse(d.nextAttemptAt) - Date.now() : 0;
      if (wait > EARLY_MS)
        throw ApplicationFailure.create({
          message: 'not due yet',
          type: 'WEBHOOK_NOT_DUE',
          nextRetryDelay: wait,
          category: 'BENIGN',
        });
      const at = new Date();
      const body = webhookBody(d.payload as unknown as WebhookEventData);
      const headers = signWebhook(cipher.decrypt(d.secretSealed), d.eventId, at, body);
      const result = await postWebhook(d.url, headers, body, settings.requestTimeoutMs);
      const ids = { deliveryId, endpointId: d.endpointId, eventId: d.eventId, attempt: d.attempts + 1 };
      if (result.ok) {
        await markDelivered(sql, d.id, result.statusCode!, at);
        log.info('webhook delivered', { ...ids, statusCode: result.statusCode });
        return 'DELIVERED';
      }
      const firstAttemptAt = d.firstAttemptAt ?? at.toISOString();
      const next = nextAttemptAt(d.attempts + 1, firstAttemptAt, at.toISOString(), settings.retry);
      if (next === null) {
        await markDead(sql, d, result, at);
        log.warn('webhook dead-lettered', { ...ids, statusCode: result.statusCode, error: result.error });
        return 'DEAD';
      }
      await markFailed(sql, d.id, result, at, firstAttemptAt, next);
      throw ApplicationFailure.create({
        message: `webhook attempt failed: ${result.statusCode ?? result.error}`,
        type: 'WEBHOOK_ATTEMPT_FAILED',
        nextRetryDelay: Math.max(1, Date.parse(next) - Date.now()),
        // An expected outcome of a partner's outage: logged at debug, not as a worker warning per attempt.
        category: 'BENIGN',
      });
    },
  };
}
