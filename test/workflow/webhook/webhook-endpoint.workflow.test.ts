import { ApplicationFailure, Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { retryDelayMs, selectLanes, type OpenDelivery } from '../../../domain/webhook/webhook-delivery.rules';
import type {
  OpenWebhookWork,
  OpenWebhookWorkInput,
  WebhookDeliveryActivities,
  WebhookDeliverySettings,
  WebhookPostOutcome,
} from '../../../domain/webhook/webhook-delivery.types';
import {
  WEBHOOK_ENDPOINT_WORKFLOW,
  webhookEndpointWorkflowId,
} from '../../../workflows/webhook/webhook-endpoint.messages';
import { createWorkflowTestEnv } from '../support/workflow-test-env';

/** The deployment defaults (config/env.ts): retries after 10 s, 20 s, 40 s ..., polls every 5 s. */
const SETTINGS: WebhookDeliverySettings = {
  retry: {
    initialIntervalMs: 10_000,
    backoffCoefficient: 2,
    maximumIntervalMs: 3_600_000,
    deadLetterAfterMs: 86_400_000,
  },
  pollIntervalMs: 5_000,
  requestTimeoutMs: 10_000,
  lanes: 20,
  perLane: 20,
};

/** One POST to the receiver: which delivery, the attempt, and when (the test server's clock, time skipped). */
interface Post {
  deliveryId: string;
  attempt: number;
  at: number;
  answered: 200 | 503;
}

/**
 * An endpoint's outbox in memory, with the activities the delivery workflow calls, shaped as the real ones
 * (activities/webhook/webhook-delivery.activities.ts): a failed POST throws a retryable failure whose next retry
 * delay is the back-off schedule's, a delivered one is never posted again. The receiver answers 503 to the first
 * `failures` POSTs of `failing`, 200 to everything else. Once every delivery is delivered the endpoint reads as
 * disabled, so the workflow ends. `clock`: the test server's time.
 */
function fakeEndpoint(open: OpenDelivery[], failing: string, failures: number, clock: () => Promise<number>) {
  const delivered = new Set<string>();
  const posts: Post[] = [];
  const activities: WebhookDeliveryActivities = {
    openWebhookWork(input: OpenWebhookWorkInput): Promise<OpenWebhookWork> {
      if (delivered.size === open.length) return Promise.resolve({ active: false, lanes: [], settings: SETTINGS });
      const pending = open.filter((d) => !delivered.has(d.deliveryId));
      const lanes = selectLanes(pending, new Set(input.busyJourneyIds), SETTINGS);
      return Promise.resolve({ active: true, lanes, settings: SETTINGS });
    },
    async postWebhookDelivery({ deliveryId }): Promise<WebhookPostOutcome> {
      if (delivered.has(deliveryId)) return 'DELIVERED';
      const { attempt } = Context.current().info;
      const down = deliveryId === failing && posts.filter((p) => p.deliveryId === failing).length < failures;
      posts.push({ deliveryId, attempt, at: await clock(), answered: down ? 503 : 200 });
      if (!down) {
        delivered.add(deliveryId);
        return 'DELIVERED';
      }
      throw ApplicationFailure.create({
        message: 'webhook attempt failed: 503',
        type: 'WEBHOOK_ATTEMPT_FAILED',
        nextRetryDelay: retryDelayMs(attempt, SETTINGS.retry),
        category: 'BENIGN',
      });
    },
  };
  return { activities, posts };
}

const delivery = (journeyId: string, seq: number, position: number): OpenDelivery => ({
  deliveryId: `${journeyId}-${seq}`,
  journeyId,
  seq,
  ordinal: 0,
  status: 'PENDING',
  position,
  nextAttemptAt: null,
});

/**
 * The endpoint delivery workflow on Temporal's time-skipping test server, with in-memory activities: the
 * retries, their back-off and the order per journey are the workflow's and Temporal's doing. The SQL and the
 * POST itself are covered by test/e2e/webhooks.e2e.test.ts, the back-off rules by
 * test/unit/webhook/webhook-delivery.rules.test.ts.
 */
describe('webhook endpoint delivery workflow', () => {
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let workflowBundle: { code: string };
  beforeAll(async () => {
    ({ env, taskQueue, workflowBundle } = await createWorkflowTestEnv());
  }, 120_000);
  afterAll(() => env?.teardown());

  it('retries a failing receiver with exponential back-off, then delivers the journey in order', async () => {
    // journey a: three events, the first refused three times; journey b: one event, accepted at once
    const open = [delivery('a', 1, 1), delivery('a', 2, 2), delivery('a', 3, 3), delivery('b', 1, 4)];
    const { activities, posts } = fakeEndpoint(open, 'a-1', 3, () => env.currentTimeMs());
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
    const workflowId = webhookEndpointWorkflowId('endpoint-backoff');
    await worker.runUntil(
      env.client.workflow.execute(WEBHOOK_ENDPOINT_WORKFLOW, {
        workflowId,
        taskQueue,
        args: [{ endpointId: 'endpoint-backoff' }],
      }),
    );

    // a-1: refused three times, each retry after twice the previous wait (10 s, 20 s, 40 s), then accepted
    const first = posts.filter((p) => p.deliveryId === 'a-1');
    expect(first.map((p) => [p.attempt, p.answered])).toEqual([
      [1, 503],
      [2, 503],
      [3, 503],
      [4, 200],
    ]);
    // (in whole seconds: each attempt also takes a few real milliseconds, which the test server's clock counts)
    const waits = first.slice(1).map((p, i) => Math.floor((p.at - first[i].at) / 1000));
    expect(waits).toEqual([10, 20, 40]);

    // journey a's later events only after a-1, in order, once each; journey b was not held back by a's failures
    const accepted = posts.filter((p) => p.answered === 200).map((p) => p.deliveryId);
    expect(accepted.filter((id) => id.startsWith('a-'))).toEqual(['a-1', 'a-2', 'a-3']);
    expect(accepted.indexOf('b-1')).toBeLessThan(accepted.indexOf('a-1'));
    expect(
      posts
        .filter((p) => p.deliveryId !== 'a-1')
        .map((p) => p.deliveryId)
        .sort(),
    ).toEqual(['a-2', 'a-3', 'b-1']);
    const aOne = first[3].at;
    expect(posts.filter((p) => p.deliveryId === 'a-2' || p.deliveryId === 'a-3').every((p) => p.at >= aOne)).toBe(true);

    // Replay-safe: the recorded history replays against the current workflow code.
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    await expect(Worker.runReplayHistory({ workflowBundle }, history, workflowId)).resolves.toBeUndefined();
  }, 120_000);
});
