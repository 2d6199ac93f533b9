import { Migration } from '@mikro-orm/migrations';

/**
 * A webhook endpoint's registration is idempotent: its id is derived from the registering admin and their
 * idempotency key, and `request_sha256` keeps what was asked (programme, URL, event types, reason), so a resend of
 * the same request answers the same endpoint and the same key with another request is refused. Endpoints
 * registered before keep null in both.
 */
export class Migration20261206200000WebhookKeys extends Migration {
  up(): void {
    this.addSql(`alter table "webhook_endpoint" add column if not exists "idempotency_key" text null,
      add column if not exists "request_sha256" text null;`);
  }

  down(): void {
    this.addSql(`alter table "webhook_endpoint" drop column if exists "request_sha256",
      drop column if exists "idempotency_key";`);
  }
}
