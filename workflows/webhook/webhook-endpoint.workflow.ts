import {
  CancellationScope,
  condition,
  continueAsNew,
  isCancellation,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { JourneyLane } from '../../domain/webhook/webhook-delivery.rules';
import type { WebhookDeliveryActivities, WebhookDeliverySettings } from '../../domain/webhook/webhook-delivery.types';
import { wakeWebhookEndpoint, type WebhookEndpointWorkflowInput } from './webhook-endpoint.messages';

/** Looks for work read by one run before it continues as new (its history stays small). */
const LOOKS_PER_RUN = 500;

const reader = proxyActivities<WebhookDeliveryActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** The posting activity under the deployment's back-off (the activity sets each exact delay itself). */
const poster = (settings: WebhookDeliverySettings) =>
  proxyActivities<WebhookDeliveryActivities>({
    startToCloseTimeout: settings.requestTimeoutMs + 10_000,
    retry: {
      initialInterval: settings.retry.initialIntervalMs,
      backoffCoefficient: Math.max(1, settings.retry.backoffCoefficient),
      maximumInterval: Math.max(settings.retry.initialIntervalMs, settings.retry.maximumIntervalMs),
    },
  }).postWebhookDelivery;

/**
 * Delivers one endpoint's events (docs/webhooks.md). It looks for open deliveries (an activity; the domain's
 * selectLanes picks them), runs one lane per journey that posts that journey's events one after the other, and
 * waits for a lane to end, a wake signal or the poll interval. A failing event holds its journey's lane (Temporal
 * retries the post on the back-off schedule) while other journeys' lanes go on; past the dead-letter window the
 * activity dead-letters it and the lane ends. All delivery state is in PostgreSQL, so continue-as-new carries
 * nothing: running lanes are cancelled, in-flight posts are given their timeout to finish, and the next run picks
 * up what is still open. It ends when the endpoint is disabled.
 */
export async function webhookEndpointWorkflow(input: WebhookEndpointWorkflowInput): Promise<void> {
  let woken = false;
  setHandler(wakeWebhookEndpoint, () => {
    woken = true;
  });
  const busy = new Set<string>();
  let laneEnded = false;
  const lanes = new CancellationScope();
  let requestTimeoutMs = 10_000;

  const runLane = async (lane: JourneyLane, post: ReturnType<typeof poster>): Promise<void> => {
    try {
      for (const delivery of lane.deliveries) {
        const outcome = await post({ deliveryId: delivery.deliveryId });
        if (outcome !== 'DELIVERED') break;
      }
    } catch (err) {
      if (!isCancellation(err)) throw err;
    } finally {
      busy.delete(lane.journeyId);
      laneEnded = true;
    }
  };

  for (let look = 0; look < LOOKS_PER_RUN && !workflowInfo().continueAsNewSuggested; look++) {
    woken = false;
    laneEnded = false;
    const work = await reader.openWebhookWork({ endpointId: input.endpointId, busyJourneyIds: [...busy] });
    if (!work.active) {
      lanes.cancel();
      return;
    }
    requestTimeoutMs = work.settings.requestTimeoutMs;
    const post = poster(work.settings);
    for (const lane of work.lanes) {
      busy.add(lane.journeyId);
      void lanes.run(() => runLane(lane, post));
    }
    await condition(() => woken || laneEnded, work.settings.pollIntervalMs);
  }
  lanes.cancel();
  if (busy.size > 0) await sleep(requestTimeoutMs + 5_000);
  await continueAsNew<typeof webhookEndpointWorkflow>(input);
}
