/**
 * Pruning of the webhook outbox (docs/webhooks.md#retention): a Temporal Schedule starts the prune workflow
 * (workflows/webhook) every WEBHOOK_PRUNE_MINUTES; its one activity (activities/webhook) deletes what is past its
 * retention. Pure rules and the contract only.
 */

/** How long finished deliveries are kept (WEBHOOK_DELIVERED_RETENTION_DAYS, WEBHOOK_DEAD_RETENTION_DAYS). */
export interface WebhookRetention {
  /** A delivered delivery, counted from when the receiver accepted it. */
  deliveredDays: number;
  /** A dead-lettered delivery, counted from when it was dead-lettered (an admin may still replay it until then). */
  deadDays: number;
}

/** The instants before which finished deliveries go, and the outbox events no delivery refers to any more. */
export interface WebhookPruneCutoffs {
  deliveredBefore: string;
  deadBefore: string;
  /** An outbox event left without deliveries is deleted once recorded before the shorter retention. */
  eventsBefore: string;
}

const DAY_MS = 86_400_000;

/** The cutoffs of a prune judged at `at` (ISO 8601, the workflow's clock) under `retention`. */
export function pruneCutoffs(at: string, retention: WebhookRetention): WebhookPruneCutoffs {
  const now = Date.parse(at);
  if (!Number.isFinite(now)) throw new RangeError(`not an instant: ${at}`);
  const before = (days: number) => new Date(now - days * DAY_MS).toISOString();
  return {
    deliveredBefore: before(retention.deliveredDays),
    deadBefore: before(retention.deadDays),
    eventsBefore: before(Math.min(retention.deliveredDays, retention.deadDays)),
  };
}

export interface WebhookPruneInput {
  /** The moment the prune judges on (ISO 8601): the workflow's start. */
  at: string;
}

/** Counts only: deliveries and outbox events deleted. */
export interface WebhookPruneResult {
  delivered: number;
  dead: number;
  /** Deliveries of endpoints disabled longer ago than the dead-letter retention. */
  disabled: number;
  events: number;
}

export interface WebhookPruneActivities {
  /**
   * Deletes delivered deliveries past their retention, dead-lettered ones past theirs (unless a later event of
   * their journey still waits behind them), every delivery of an endpoint disabled longer ago than the dead-letter
   * retention, then outbox events no delivery refers to. Idempotent.
   */
  pruneWebhookOutbox(input: WebhookPruneInput): Promise<WebhookPruneResult>;
}
