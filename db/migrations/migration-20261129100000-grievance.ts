import { Migration } from '@mikro-orm/migrations';

/**
 * Complaints, conflicts and safeguarding reports. Free text and any identity are stored sealed by
 * config/crypto/field-cipher.ts (`enc:v1:...`); a complaint's receipt code is kept only as a keyed
 * hash. Nothing here stores an address, a user agent or a request id of a public filer.
 * Notifications may now concern a complaint or a conflict rather than a journey (journey_id null),
 * and the audit log gains the GRIEVANCE source for their steps.
 */
export class Migration20261129100000Grievance extends Migration {
  up(): void {
    this.addSql(
      `create table "complaint" (
      "id" uuid primary key, "receipt_hash" char(64) not null unique, ` +
        `"programme_id" text not null references "programme" ("id"),
      "region_code" text not null, ` +
        `"subject_kind" text not null check ("subject_kind" in ('JOURNEY','FACILITATOR','GROUP','PROGRAMME')),
      "subject_ref" text null, "anonymous" boolean not null, "body_sealed" text not null, "contact_sealed" text null,
      "status" text not null check ("status" in ('RECEIVED','TRIAGED','ANSWERED','CLOSED')), ` +
        `"category" text null, "priority" text null,
      "assignee_id" text null, "answer_id" uuid null, "outcome" text null, "rules_id" text not null, ` +
        `"rules_version" int not null,
      "received_at" timestamptz not null, "response_due_at" timestamptz not null, "escalated_at" timestamptz null,
      "answered_at" timestamptz null, "closed_at" timestamptz null, "seq" int not null default 0);`,
    );
    this.addSql(`create index "complaint_place_index" on "complaint" ("programme_id", "region_code", "received_at");`);
    this.addSql(
      `create table "complaint_answer" ("id" uuid primary key, ` +
        `"complaint_id" uuid not null references "complaint" ("id"),
      "body_sealed" text not null, "created_by" text not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create table "complaint_step" ("complaint_id" uuid not null references "complaint" ("id"), ` +
        `"seq" int not null,
      "type" text not null, "actor_id" text not null, "actor_role" text not null, "at" timestamptz not null, ` +
        `"data" jsonb not null,
      primary key ("complaint_id", "seq"));`,
    );

    this.addSql(
      `create table "conflict" (
      "id" uuid primary key, "programme_id" text not null references "programme" ("id"), ` +
        `"region_code" text not null, "cohort_id" text null,
      "type" text not null ` +
        `check ("type" in ('COMMUNICATION','INTEREST','TECHNICAL_OPERATIONAL','SOCIO_CULTURAL','OTHER')),
      "category" text not null check ("category" in ('MINOR','MODERATE','MAJOR')), "parties" jsonb not null, ` +
        `"journey_ids" jsonb not null,
      "group_ids" jsonb not null, "description" text not null, ` +
        `"status" text not null check ("status" in ('OPEN','RESOLVED')),
      "resolution_method" text null, "outcome" text null, "lessons_learned" text null,
      "recorded_by" text not null, "recorded_at" timestamptz not null, "resolved_by" text null, ` +
        `"resolved_at" timestamptz null);`,
    );
    this.addSql(`create index "conflict_place_index" on "conflict" ("programme_id", "region_code", "recorded_at");`);

    this.addSql(
      `create table "safeguarding_report" (
      "id" uuid primary key, "programme_id" text not null references "programme" ("id"), "region_code" text not null,
      "category" text not null, "at_risk_groups" jsonb not null, "description_sealed" text not null, ` +
        `"anonymous" boolean not null,
      "reporter_sealed" text null, "status" text not null check ("status" in ('OPEN','CLOSED')), "finding" text null,
      "filed_at" timestamptz not null, "closed_at" timestamptz null);`,
    );
    this.addSql(
      `create index "safeguarding_report_place_index" on "safeguarding_report" ("programme_id", "region_code", ` +
        `"filed_at");`,
    );
    this.addSql(
      `create table "safeguarding_action" ("id" uuid primary key, ` +
        `"report_id" uuid not null references "safeguarding_report" ("id"),
      "kind" text not null, "journey_id" uuid null, "note_sealed" text null, "actor_id" text not null, ` +
        `"actor_role" text not null,
      "at" timestamptz not null);`,
    );
    this.addSql(`create index "safeguarding_action_report_index" on "safeguarding_action" ("report_id", "at");`);

    this.addSql(`alter table "notification" alter column "journey_id" drop not null;`);
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE'));`,
    );
    this.addSql(`alter table "notification" alter column "journey_id" set not null;`);
    for (const table of [
      'safeguarding_action',
      'safeguarding_report',
      'conflict',
      'complaint_step',
      'complaint_answer',
      'complaint',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
