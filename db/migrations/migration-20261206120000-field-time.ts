import { Migration } from '@mikro-orm/migrations';

/**
 * Records captured offline arrive after they happened: `journey_event.at` is when the step happened (the field
 * time, or the server's time for a record sent at once) and `recorded_at` when the recording activity wrote it.
 * Existing rows were recorded as they happened, within the recording's few milliseconds: `at` is their time.
 */
export class Migration20261206120000FieldTime extends Migration {
  up(): void {
    this.addSql(`alter table "journey_event" add column if not exists "recorded_at" timestamptz null;`);
    this.addSql(`update "journey_event" set "recorded_at" = "at" where "recorded_at" is null;`);
    this.addSql(`alter table "journey_event" alter column "recorded_at" set default now();`);
    this.addSql(`alter table "journey_event" alter column "recorded_at" set not null;`);
  }

  down(): void {
    this.addSql(`alter table "journey_event" drop column if exists "recorded_at";`);
  }
}
