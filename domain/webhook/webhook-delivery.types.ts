import type { JourneyLane, WebhookRetryPolicy } from './webhook-delivery.rules';

/**
 * The contract between an endpoint's delivery workflow (workflows/webhook) and its activities
 * (activities/webhook). Ids, codes and settings only: no payload, URL or secret travels through Temporal.
 */

/** Deployment settings of delivery (WEBHOOK_* in config/env.ts), read by the workflow through an activity. */
export interface WebhookDeliverySettings {
  retry: WebhookRetryPolicy;
  /** How long an idle endpoint workflow waits before looking for new events again, in milliseconds. */
  pollIntervalMs: number;
  /** How long one POST may take before it counts as failed, in milliseconds. */
  requestTimeoutMs: number;
  /** Journeys delivered at once per endpoint (each in order), and events per journey taken per look. */
  lanes: number;
  perLane: number;
}

export interface OpenWebhookWorkInput {
  endpointId: string;
  /** Journeys whose lanes are still running: left out, so no journey has two lanes. */
  busyJourneyIds: string[];
}

export interface OpenWebhookWork {
  /** False once the endpoint is disabled or gone: the workflow ends. */
  active: boolean;
  lanes: JourneyLane[];
  settings: WebhookDeliverySettings;
}

/** What one delivery came to: delivered, dead-lettered (with the journey's later events), or nothing to do. */
export type WebhookPostOutcome = 'DELIVERED' | 'DEAD' | 'ENDPOINT_DISABLED';

export interface WebhookDeliveryActivities {
  /** The endpoint's state, the delivery settings, and the lanes to run now (domain selectLanes). */
  openWebhookWork(input: OpenWebhookWorkInput): Promise<OpenWebhookWork>;
  /**
   * Posts one delivery (once delivered, never again) and records the attempt. A failed attempt throws a
   * retryable failure whose next retry delay is the back-off schedule's; past the dead-letter window it answers
   * DEAD instead.
   */
  postWebhookDelivery(input: { deliveryId: string }): Promise<WebhookPostOutcome>;
}
