import { Migration } from '@mikro-orm/migrations';

/**
 * Outbound events (webhooks, docs/webhooks.md):
 * - `webhook_outbox`: one row per journey event, written in the recording transaction; its id is derived from
 *   (journey, seq, ordinal), so a retried recording inserts nothing twice. Ids and codes only.
 * - `webhook_endpoint`: a partner system's URL per programme, the event types it takes, its signing secret sealed
 *   with the field cipher (`secret_sealed`, enc:v1:...).
 * - `webhook_delivery`: one row per (endpoint, event), created with the outbox row for every active endpoint of
 *   the programme taking that type: attempts, last status code, next attempt, delivered or dead-lettered.
 */
export class Migration20261206140000Webhooks extends Migration {
  up(): void {
    this.addSql(
      `create table if not exists "webhook_endpoint" (
        "id" uuid primary key,
        "programme_id" text not null,
        "url" text not null,
        "event_types" text[] not null,
        "secret_sealed" text not null,
        "status" text not null default 'ACTIVE' check ("status" in ('ACTIVE', 'DISABLED')),
        "created_by" text not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        "secret_rotated_at" timestamptz null
      );`,
    );
    this.addSql(`create index if not exists "webhook_endpoint_programme_idx" on "webhook_endpoint" ("programme_id");`);
    this.addSql(
      `create table if not exists "webhook_outbox" (
        "id" uuid primary key,
        "position" bigserial not null unique,
        "journey_id" uuid not null,
        "programme_id" text not null,
        "seq" int not null,
        "ordinal" int not null,
        "event_type" text not null,
        "occurred_at" timestamptz not null,
        "payload" jsonb not null,
        "recorded_at" timestamptz not null default now(),
        unique ("journey_id", "seq", "ordinal")
      );`,
    );
    this.addSql(
      `create table if not exists "webhook_delivery" (
        "id" uuid primary key default gen_random_uuid(),
        "endpoint_id" uuid not null references "webhook_endpoint" ("id"),
        "event_id" uuid not null references "webhook_outbox" ("id"),
        "journey_id" uuid not null,
        "seq" int not null,
        "ordinal" int not null,
        "status" text not null default 'PENDING' check ("status" in ('PENDING', 'DELIVERED', 'DEAD')),
        "attempts" int not null default 0,
        "last_status_code" int null,
        "last_error" text null,
        "first_attempt_at" timestamptz null,
        "last_attempt_at" timestamptz null,
        "next_attempt_at" timestamptz null,
        "delivered_at" timestamptz null,
        "dead_at" timestamptz null,
        "created_at" timestamptz not null default now(),
        unique ("endpoint_id", "event_id")
      );`,
    );
    this.addSql(
      `create index if not exists "webhook_delivery_open_idx" on "webhook_delivery"
        ("endpoint_id", "journey_id", "seq", "ordinal") where "status" <> 'DELIVERED';`,
    );
    this.addSql(
      `create index if not exists "webhook_delivery_list_idx" on "webhook_delivery" ("endpoint_id", "created_at");`,
    );
  }

  down(): void {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_outbox";`);
    this.addSql(`drop table if exists "webhook_endpoint";`);
  }
}
