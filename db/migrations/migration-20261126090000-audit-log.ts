import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log: append-only, enforced in PostgreSQL. A trigger refuses UPDATE, DELETE and
 * TRUNCATE for every role (the table owner and superusers included; only a superuser who disables
 * triggers or sets session_replication_role = replica can bypass it, and the hash chain then shows
 * the edit), and PUBLIC loses those privileges. One row per recorded journey step: the partial
 * unique index makes a retried recording activity insert nothing twice.
 */
export class Migration20261126090000AuditLog extends Migration {
  up(): void {
    this.addSql(`create table "audit_log" (
      "id" bigint primary key,
      "at" timestamptz not null,
      "actor_id" text not null,
      "actor_role" text not null,
      "action" text not null,
      "journey_id" uuid null,
      "programme_id" text null,
      "region_code" text null,
      "reason" text null,
      "before" jsonb null,
      "after" jsonb null,
      "request_id" text null,
      "idempotency_key" text null,
      "workflow_id" text null,
      "run_id" text null,
      "event_seq" integer null,
      "source" text not null check ("source" in ('JOURNEY_EVENT', 'DENIED', 'READ')),
      "prev_hash" char(64) not null,
      "hash" char(64) not null unique
    );`);
    this.addSql(`create sequence "audit_log_id_seq" owned by "audit_log"."id";`);
    this.addSql(`alter table "audit_log" alter column "id" set default nextval('audit_log_id_seq');`);
    this.addSql(
      `create unique index "audit_log_journey_event_unique" on "audit_log" ("journey_id", ` +
        `"event_seq") where "source" = 'JOURNEY_EVENT';`,
    );
    this.addSql(`create index "audit_log_journey_index" on "audit_log" ("journey_id", "id");`);
    this.addSql(`create index "audit_log_actor_index" on "audit_log" ("actor_id", "id");`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at", "id");`);
    this.addSql(`create or replace function "audit_log_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(
      `create trigger "audit_log_no_update_delete" before update or delete on "audit_log" for each row execute ` +
        `function "audit_log_refuse_change"();`,
    );
    this.addSql(
      `create trigger "audit_log_no_truncate" before truncate on "audit_log" for each statement execute function ` +
        `"audit_log_refuse_change"();`,
    );
    this.addSql(`revoke update, delete, truncate on "audit_log" from public;`);
  }

  down(): void {
    this.addSql(`drop table if exists "audit_log";`);
    this.addSql(`drop function if exists "audit_log_refuse_change"();`);
  }
}
