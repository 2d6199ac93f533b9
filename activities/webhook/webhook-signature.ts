import { Webhook } from 'standardwebhooks';

/** The Standard Webhooks headers of one attempt (https://www.standardwebhooks.com). */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Signs one attempt: `webhook-signature` is `v1,<base64 HMAC-SHA256>` over `<id>.<timestamp>.<body>` under the
 * endpoint's `whsec_...` secret (the standardwebhooks library, as receivers verify it). The id is the event's
 * (the same on every attempt and every replay, so receivers dedupe); the timestamp is the attempt's, in seconds.
 */
export function signWebhook(secret: string, messageId: string, at: Date, body: string): WebhookHeaders {
  const seconds = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(seconds),
    'webhook-signature': new Webhook(secret).sign(messageId, new Date(seconds * 1000), body),
  };
}
