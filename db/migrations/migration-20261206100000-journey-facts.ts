import { Migration } from '@mikro-orm/migrations';

/**
 * The typed fact projection the indicators read instead of parsing event data and raw forms at query time
 * (docs/indicators.md, "Fact projection"): journey_fact (one row per counted event, with its figures and its
 * form's), journey_fact_answer (satisfaction answers), journey_module_fact (the module plan) and
 * journey.overdue_count. Written by the recording activity in the step's transaction; `npm run db:rebuild-facts`
 * fills them from journey_event, evidence and journey.state (run it once after this migration).
 */
export class Migration20261206100000JourneyFacts extends Migration {
  up(): void {
    this.addSql(`create table "journey_fact" (
      "journey_id" uuid not null, "seq" int not null, "ordinal" int not null, "type" text not null,
      "at" timestamptz not null, "stage" text null, "exit_kind" text null, "decision" text null, "answer" text null,
      "follow_up_month" int null, "welfare_level" text null, "module_id" text null, "module_template" text null,
      "session_id" text null, "session_type" text null, "duration_hours" float8 null, "group_id" text null,
      "held_at" timestamptz null, "completed_early" boolean not null, "attendance_points" float8 null,
      "pre_score" float8 null, "post_score" float8 null,
      "source" text null, "channel" text null, "visited_at" timestamptz null, "facilitator_id" text null,
      "occasion" text null, "mean_score" float8 null, "evidence_id" uuid null, "has_evidence" boolean not null,
      "evidence_kind" text null, "evidence_created_at" timestamptz null, "income" float8 null,
      "minimum_wage" float8 null, "business_running" boolean null, "in_work" boolean null, "income_ratio" float8 null,
      "household_size" int null, "assessed_household_size" int null, "decides_income_use" boolean null,
      "amount" float8 null,
      constraint "journey_fact_pkey" primary key ("journey_id", "seq", "ordinal"));`);
    this.addSql(`create index "journey_fact_journey_type_index" on "journey_fact" ("journey_id", "type", "at");`);
    this.addSql(`create table "journey_fact_answer" (
      "journey_id" uuid not null, "seq" int not null, "ordinal" int not null, "position" int not null,
      "at" timestamptz not null, "facilitator_id" text null, "item" text null, "score" float8 null,
      constraint "journey_fact_answer_pkey" primary key ("journey_id", "seq", "ordinal", "position"));`);
    this.addSql(`create table "journey_module_fact" (
      "journey_id" uuid not null, "module_id" text not null, "module_template" text not null, "status" text not null,
      "planned_start" timestamptz null, "actual_end" timestamptz null, "seq" int not null,
      constraint "journey_module_fact_pkey" primary key ("journey_id", "module_id"));`);
    this.addSql(`alter table "journey" add column "overdue_count" int not null default 0;`);
    this.addSql(`update "journey" set "overdue_count" = jsonb_array_length(coalesce(state->'overdue', '[]'::jsonb));`);
  }

  down(): void {
    this.addSql(`alter table "journey" drop column "overdue_count";`);
    this.addSql(`drop table if exists "journey_module_fact";`);
    this.addSql(`drop table if exists "journey_fact_answer";`);
    this.addSql(`drop table if exists "journey_fact";`);
  }
}
