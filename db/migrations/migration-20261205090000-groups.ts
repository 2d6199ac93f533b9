import { Migration } from '@mikro-orm/migrations';

/** A SQL `in (...)` list of the domain's own codes. */
const codes = (list: readonly string[]) => list.map((c) => `'${c}'`).join(', ');

const KINDS = codes(['LEARNING_GROUP', 'BUSINESS_GROUP', 'COOPERATIVE', 'ALUMNI_GROUP']);
const STATUSES = codes(['FORMED', 'ACTIVE', 'INDEPENDENT', 'DISSOLVED']);
const ROLES = codes(['CHAIR', 'SECRETARY', 'TREASURER', 'MEMBER']);
const SOURCES = codes(['GRANT', 'KUR', 'UMI', 'COOPERATIVE_LOAN', 'CSR']);
const ATTENDANCE = codes(['PRESENT', 'PARTIAL', 'ABSENT']);

/**
 * Groups (domain/group/group.rules.ts) as a PostgreSQL aggregate: the group, its dated memberships, the
 * sessions a learning group holds once for every member, each member's attendance result, and a business
 * group's capital and periodic reports. Only ids, codes, dates and figures: members are journeys, never names.
 * The audit log gains the GROUP source.
 */
export class Migration20261205090000Groups extends Migration {
  up(): void {
    this.addSql(
      `create table "community_group" ("id" uuid primary key,
      "programme_id" text not null references "programme" ("id"), "cohort_id" text null references "cohort" ("id"),
      "region_code" text not null, "kind" text not null check ("kind" in (${KINDS})), "name" text not null,
      "facilitator_id" text not null, "module_template_id" text null,
      "status" text not null check ("status" in (${STATUSES})), "status_changed_at" timestamptz not null,
      "formed_on" date not null, "planned_meetings_per_month" int not null default 4
        check ("planned_meetings_per_month" between 0 and 31),
      "business_plan" jsonb null, "idempotency_key" text not null unique,
      "created_by" text not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "community_group_programme_index" on "community_group" ("programme_id", "region_code");`);
    this.addSql(
      `create table "group_member" ("id" uuid primary key,
      "group_id" uuid not null references "community_group" ("id"), "journey_id" uuid not null,
      "role" text not null check ("role" in (${ROLES})), "joined_on" date not null, "left_on" date null,
      "leave_reason" text null, "created_by" text not null, "created_at" timestamptz not null,
      check ("left_on" is null or "left_on" >= "joined_on"));`,
    );
    this.addSql(
      `create unique index "group_member_open_unique" on "group_member" ("group_id", "journey_id") ` +
        `where "left_on" is null;`,
    );
    this.addSql(`create index "group_member_journey_index" on "group_member" ("journey_id");`);
    this.addSql(
      `create table "group_session" ("id" uuid primary key,
      "group_id" uuid not null references "community_group" ("id"), "module_template_id" text not null,
      "session_type" text not null, "starts_at" timestamptz not null,
      "duration_hours" numeric(5, 2) not null check ("duration_hours" > 0),
      "location" text not null, "topic" text not null, "presenter" text not null,
      "idempotency_key" text not null unique, "scheduled_by" text not null, "scheduled_at" timestamptz not null);`,
    );
    this.addSql(`create index "group_session_group_index" on "group_session" ("group_id", "starts_at");`);
    this.addSql(
      `create table "group_attendance" ("session_id" uuid not null references "group_session" ("id"),
      "journey_id" uuid not null, "status" text not null check ("status" in (${ATTENDANCE})),
      "held_at" timestamptz not null, "recorded_by" text not null, "recorded_at" timestamptz not null,
      primary key ("session_id", "journey_id"));`,
    );
    this.addSql(
      `create table "group_capital" ("id" uuid primary key,
      "group_id" uuid not null references "community_group" ("id"),
      "source" text not null check ("source" in (${SOURCES})), "amount" numeric(18, 2) not null check ("amount" > 0),
      "received_on" date not null, "idempotency_key" text not null unique,
      "recorded_by" text not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "group_capital_group_index" on "group_capital" ("group_id");`);
    this.addSql(
      `create table "group_report" ("id" uuid primary key,
      "group_id" uuid not null references "community_group" ("id"),
      "period_start" date not null, "period_end" date not null,
      "meetings_held" int not null check ("meetings_held" >= 0),
      "members_present" int not null check ("members_present" >= 0),
      "revenue" numeric(18, 2) not null check ("revenue" >= 0),
      "savings" numeric(18, 2) not null check ("savings" >= 0),
      "idempotency_key" text not null unique, "recorded_by" text not null, "recorded_at" timestamptz not null,
      unique ("group_id", "period_start"), check ("period_end" >= "period_start"));`,
    );
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF', 'GROUP'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF'));`,
    );
    for (const t of ['group_report', 'group_capital', 'group_attendance', 'group_session', 'group_member'])
      this.addSql(`drop table if exists "${t}";`);
    this.addSql(`drop table if exists "community_group";`);
  }
}
