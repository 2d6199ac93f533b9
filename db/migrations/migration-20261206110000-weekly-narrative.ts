import { Migration } from '@mikro-orm/migrations';

const SOURCES_BEFORE =
  `'JOURNEY_EVENT', 'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF', ` +
  `'GROUP', 'INCLUSION'`;

/**
 * The facilitator's weekly narrative (domain/report/weekly-narrative.rules.ts): one per facilitator, programme and
 * ISO week (its Monday), the texts sealed with the field cipher (enc:v1:...), plaintext only who, which programme
 * and which week. Recording one is audited under the new source REPORTING. A report job may be limited to one
 * facilitator's caseload (`facilitator_id`): the weekly report a facilitator requests for themselves.
 */
export class Migration20261206110000WeeklyNarrative extends Migration {
  up(): void {
    this.addSql(
      `create table if not exists "weekly_narrative" ("id" uuid primary key, "facilitator_id" text not null,
        "programme_id" text not null references "programme" ("id"), "week_of" date not null
          check (extract(isodow from "week_of") = 1),
        "field_constraints_sealed" text not null, "participant_feedback_sealed" text not null,
        "next_week_plan_sealed" text not null, "lessons_learned_sealed" text null,
        "idempotency_key" text not null, "revision" integer not null default 1,
        "recorded_at" timestamptz not null, "updated_at" timestamptz not null,
        unique ("facilitator_id", "programme_id", "week_of"));`,
    );
    this.addSql(
      `create index if not exists "weekly_narrative_programme_week_index" on "weekly_narrative" ("programme_id", ` +
        `"week_of");`,
    );
    this.addSql(`alter table "report_job" add column if not exists "facilitator_id" text null;`);
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}, ` +
        `'REPORTING'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}));`,
    );
    this.addSql(`alter table "report_job" drop column if exists "facilitator_id";`);
    this.addSql(`drop table if exists "weekly_narrative";`);
  }
}
