import { Migration } from '@mikro-orm/migrations';

/**
 * Report jobs: one row per requested report (its parameters, status and progress, the figures
 * computed for it), and the finished file in PostgreSQL so every API process can serve it. A job id
 * is derived from the requester and their idempotency key.
 */
export class Migration20261128120000ReportJobs extends Migration {
  up(): void {
    this.addSql(`create table "report_job" (
      "id" uuid primary key,
      "requested_by" text not null,
      "requested_role" text not null,
      "idempotency_key" text not null,
      "type" text not null,
      "format" text not null,
      "locale" text not null,
      "programme_id" text not null,
      "cohort_id" text null,
      "region_prefix" text null,
      "region_scope" text[] not null,
      "period_from" date not null,
      "period_to" date not null,
      "status" text not null default 'QUEUED' check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      "progress" int not null default 0 check ("progress" between 0 and 100),
      "error" text null,
      "figures" jsonb null,
      "created_at" timestamptz not null default now(),
      "started_at" timestamptz null,
      "finished_at" timestamptz null,
      unique ("requested_by", "idempotency_key"));`);
    this.addSql(
      `create index "report_job_programme_created_index" on "report_job" ("programme_id", "created_at" desc, ` +
        `"id" desc);`,
    );
    this.addSql(`create table "report_file" (
      "job_id" uuid primary key references "report_job" ("id") on delete cascade,
      "content_type" text not null,
      "file_name" text not null,
      "size" int not null,
      "sha256" text not null,
      "bytes" bytea not null,
      "created_at" timestamptz not null default now());`);
  }

  down(): void {
    this.addSql(`drop table if exists "report_file";`);
    this.addSql(`drop table if exists "report_job";`);
  }
}
