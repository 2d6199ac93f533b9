import { Migration } from '@mikro-orm/migrations';

/**
 * The commands applied to a group (membership changes, status, plan, capital, reports), one row per client
 * idempotency key: a retried command finds its row and answers what it answered the first time, writing
 * nothing twice. `result` holds ids and codes only (a per-member answer). Indexes for the lookups of the
 * membership checks: a group's members, and the learning groups of a module template.
 */
export class Migration20261205094500GroupCommands extends Migration {
  up(): void {
    this.addSql(
      `create table "group_command" ("idempotency_key" text primary key,
      "group_id" uuid not null references "community_group" ("id"), "action" text not null,
      "request_hash" text not null, "result" jsonb not null,
      "recorded_by" text not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "group_command_group_index" on "group_command" ("group_id");`);
    this.addSql(
      `create index "community_group_template_index" on "community_group" ("module_template_id") ` +
        `where "kind" = 'LEARNING_GROUP';`,
    );
    this.addSql(`create index "group_member_group_index" on "group_member" ("group_id");`);
  }

  down(): void {
    this.addSql(`drop index if exists "group_member_group_index";`);
    this.addSql(`drop index if exists "community_group_template_index";`);
    this.addSql(`drop table if exists "group_command";`);
  }
}
