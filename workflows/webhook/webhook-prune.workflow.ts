import { proxyActivities } from '@temporalio/workflow';
import type { WebhookPruneActivities, WebhookPruneResult } from '../../domain/webhook/webhook-prune.rules';

const prune = proxyActivities<WebhookPruneActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});

/**
 * One prune of the webhook outbox, started by its Temporal Schedule: deletes finished deliveries past their
 * retention as of the round's start (the workflow's clock, so a replay asks the same). A round that keeps failing
 * ends, and the next one deletes what it left.
 */
export async function webhookPruneWorkflow(): Promise<WebhookPruneResult> {
  return prune.pruneWebhookOutbox({ at: new Date().toISOString() });
}
