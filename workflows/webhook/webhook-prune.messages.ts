/** The workflow type the webhook outbox prune's schedule starts (workflows/index.ts exports it by this name). */
export const WEBHOOK_PRUNE_WORKFLOW = 'webhookPruneWorkflow';

/**
 * The schedule of one deployment's prune: one per task queue, so deployments (or test files) sharing a Temporal
 * namespace each prune with their own workers. The default queue's is `jejak-webhook-prune:jejak-journeys`.
 */
export const webhookPruneScheduleId = (taskQueue: string): string => `jejak-webhook-prune:${taskQueue}`;

/** The id of the workflows the schedule starts (Temporal appends each run's scheduled time). */
export const webhookPruneWorkflowId = (taskQueue: string): string => `webhook-prune:${taskQueue}`;
