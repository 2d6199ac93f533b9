import { Migration } from '@mikro-orm/migrations';

const SOURCES_BEFORE =
  `'JOURNEY_EVENT', 'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF', ` +
  `'GROUP', 'INCLUSION', 'REPORTING'`;

/**
 * Records captured offline arrive after they happened: `journey_event.at` is when the step happened (the field
 * time, or the server's time for a record sent at once) and `recorded_at` when the recording activity wrote it.
 * Existing rows were recorded as they happened, within the recording's few milliseconds: `at` is their time.
 * A manager's approval of a late or out-of-order record is audited under the new source FIELD_SYNC.
 */
export class Migration20261206120000FieldTime extends Migration {
  up(): void {
    this.addSql(`alter table "journey_event" add column if not exists "recorded_at" timestamptz null;`);
    this.addSql(`update "journey_event" set "recorded_at" = "at" where "recorded_at" is null;`);
    this.addSql(`alter table "journey_event" alter column "recorded_at" set default now();`);
    this.addSql(`alter table "journey_event" alter column "recorded_at" set not null;`);
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}, ` +
        `'FIELD_SYNC'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}));`,
    );
    this.addSql(`alter table "journey_event" drop column if exists "recorded_at";`);
  }
}
