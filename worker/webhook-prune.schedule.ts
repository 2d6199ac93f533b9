import type { Client, ScheduleHandle } from '@temporalio/client';
import {
  WEBHOOK_PRUNE_WORKFLOW,
  webhookPruneScheduleId,
  webhookPruneWorkflowId,
} from '../workflows/webhook/webhook-prune.messages';
import { ensureIntervalSchedule } from './interval-schedule';

/**
 * Creates the Temporal Schedule that prunes the webhook outbox every WEBHOOK_PRUNE_MINUTES, or brings an existing
 * one to this worker's interval (ensureIntervalSchedule). `paused`: the tests' harness, which triggers rounds.
 */
export const ensureWebhookPruneSchedule = (
  client: Client,
  options: { taskQueue: string; everyMinutes: number; paused?: boolean },
): Promise<ScheduleHandle> =>
  ensureIntervalSchedule(client, {
    scheduleId: webhookPruneScheduleId(options.taskQueue),
    workflowType: WEBHOOK_PRUNE_WORKFLOW,
    workflowId: webhookPruneWorkflowId(options.taskQueue),
    taskQueue: options.taskQueue,
    everyMinutes: options.everyMinutes,
    note: 'Deletes webhook deliveries past their retention (Jejak worker)',
    paused: options.paused,
  });
