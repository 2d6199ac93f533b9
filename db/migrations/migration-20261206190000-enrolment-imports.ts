import { Migration } from '@mikro-orm/migrations';

/**
 * Enrolment imports: one row per uploaded enrolment CSV applied in the background (its file sealed with the field
 * cipher, who started it and within which scope, status and counts), and one row per applied data row (its outcome,
 * catalogue code, message and journey: no personal data), from which the result file is written. An import id is
 * derived from the requester and their idempotency key; a row is applied once (primary key import id + row).
 */
export class Migration20261206190000EnrolmentImports extends Migration {
  up(): void {
    this.addSql(`create table "enrolment_import" (
      "id" uuid primary key,
      "requested_by" text not null,
      "requested_role" text not null,
      "requested_scope" jsonb not null,
      "idempotency_key" text not null,
      "programme_id" text not null,
      "cohort_id" text null,
      "locale" text not null,
      "csv_sealed" text not null,
      "csv_sha256" text not null,
      "status" text not null default 'QUEUED' check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      "total_rows" int not null,
      "processed_rows" int not null default 0,
      "enrolled" int not null default 0,
      "refused" int not null default 0,
      "already_enrolled" int not null default 0,
      "error" text null,
      "created_at" timestamptz not null default now(),
      "started_at" timestamptz null,
      "finished_at" timestamptz null,
      unique ("requested_by", "idempotency_key"));`);
    this.addSql(
      `create index "enrolment_import_programme_created_index" on "enrolment_import" ("programme_id", ` +
        `"created_at" desc, "id" desc);`,
    );
    this.addSql(`create table "enrolment_import_row" (
      "import_id" uuid not null references "enrolment_import" ("id") on delete cascade,
      "row" int not null,
      "outcome" text not null check ("outcome" in ('ENROLLED', 'REFUSED', 'ALREADY_ENROLLED')),
      "code" text null,
      "message" text null,
      "journey_id" uuid null,
      "applied_at" timestamptz not null default now(),
      primary key ("import_id", "row"));`);
  }

  down(): void {
    this.addSql(`drop table if exists "enrolment_import_row";`);
    this.addSql(`drop table if exists "enrolment_import";`);
  }
}
