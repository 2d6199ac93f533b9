import { Migration } from '@mikro-orm/migrations';

/** The 38 provinces of Indonesia by BPS code: programmes that existed before set-up cover them all. */
const ALL_PROVINCES = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96',
]; // prettier-ignore

const AUDIT_SOURCES_BEFORE = `'JOURNEY_EVENT', 'DENIED', 'READ', 'ERASURE', 'GRIEVANCE'`;

/**
 * Programme set-up through the API: a programme's names in Indonesian and English, implementing agency,
 * the regions it covers, its period, small-cell threshold and logframe (null: the bundled logframe of
 * its rules id). Existing programmes keep their name in both languages, cover every province, run five
 * years from when they were created and keep the bundled logframe's threshold (5). Rules versions
 * published through the API are kept in `programme_rules`, never updated (the versions bundled with the
 * code are merged in by db/programme/programme-rules.store.ts, not copied here). The audit log gains the
 * CONFIGURATION source for these changes.
 */
export class Migration20261205080000ProgrammeSetup extends Migration {
  up(): void {
    this.addSql(
      `alter table "programme" add column "name_id" text null, add column "name_en" text null, ` +
        `add column "implementing_agency" text null, add column "region_codes" jsonb null, ` +
        `add column "period_start" date null, add column "period_end" date null, ` +
        `add column "small_cell_threshold" integer null, add column "logframe" jsonb null, ` +
        `add column "updated_at" timestamptz null;`,
    );
    this.addSql(
      `update "programme" set "name_id" = "name", "name_en" = "name", "implementing_agency" = 'Not recorded', ` +
        `"region_codes" = '${JSON.stringify(ALL_PROVINCES)}'::jsonb, "period_start" = "created_at"::date, ` +
        `"period_end" = ("created_at" + interval '5 years')::date, "small_cell_threshold" = 5, ` +
        `"updated_at" = "created_at";`,
    );
    for (const column of [
      'name_id',
      'name_en',
      'implementing_agency',
      'region_codes',
      'period_start',
      'period_end',
      'small_cell_threshold',
      'updated_at',
    ])
      this.addSql(`alter table "programme" alter column "${column}" set not null;`);

    this.addSql(
      `create table "programme_rules" ("rules_id" text not null, "version" integer not null, ` +
        `"derives_from_rules_id" text null, "derives_from_version" integer null, "document" jsonb not null, ` +
        `"published_at" timestamptz not null, "published_by" text not null, "reason" text not null, ` +
        `primary key ("rules_id", "version"), ` +
        `check (("derives_from_rules_id" is null) = ("derives_from_version" is null)));`,
    );
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (` +
        `${AUDIT_SOURCES_BEFORE}, 'CONFIGURATION'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${AUDIT_SOURCES_BEFORE}));`,
    );
    this.addSql(`drop table if exists "programme_rules";`);
    this.addSql(
      `alter table "programme" drop column "name_id", drop column "name_en", drop column "implementing_agency", ` +
        `drop column "region_codes", drop column "period_start", drop column "period_end", ` +
        `drop column "small_cell_threshold", drop column "logframe", drop column "updated_at";`,
    );
  }
}
