import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for pruning the webhook outbox (docs/webhooks.md#retention): finished deliveries by when they finished,
 * deliveries by their event (is an outbox event still referred to?), outbox events by when they were recorded.
 */
export class Migration20261206201000WebhookPrune extends Migration {
  up(): void {
    this.addSql(`create index if not exists "webhook_delivery_delivered_idx" on "webhook_delivery" ("delivered_at")
      where "status" = 'DELIVERED';`);
    this.addSql(`create index if not exists "webhook_delivery_dead_idx" on "webhook_delivery" ("dead_at")
      where "status" = 'DEAD';`);
    this.addSql(`create index if not exists "webhook_delivery_event_idx" on "webhook_delivery" ("event_id");`);
    this.addSql(`create index if not exists "webhook_outbox_recorded_idx" on "webhook_outbox" ("recorded_at");`);
  }

  down(): void {
    for (const index of [
      'webhook_delivery_delivered_idx',
      'webhook_delivery_dead_idx',
      'webhook_delivery_event_idx',
      'webhook_outbox_recorded_idx',
    ])
      this.addSql(`drop index if exists "${index}";`);
  }
}
