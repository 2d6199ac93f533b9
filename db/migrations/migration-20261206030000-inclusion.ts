import { Migration } from '@mikro-orm/migrations';

const SOURCES_BEFORE =
  `'JOURNEY_EVENT', 'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF', ` +
  `'GROUP'`;

/**
 * Inclusion data on the person (domain/inclusion): the WG-SS answers sealed with the field cipher (`functioning`,
 * enc:v1:...), and beside them only the typed columns lists and figures need: the derived `disability_level`
 * (the existing `disability` yes/no is set from the same answers), the accommodation needs (codes), an optional
 * ethnicity code where the programme collects it. Recording them is audited under the new source INCLUSION.
 */
export class Migration20261206030000Inclusion extends Migration {
  up(): void {
    this.addSql(
      `alter table "beneficiary" add column if not exists "functioning" text null,
        add column if not exists "disability_level" text null check ("disability_level" in
          ('NO_DIFFICULTY', 'SOME_DIFFICULTY', 'A_LOT_OF_DIFFICULTY', 'CANNOT_DO_AT_ALL')),
        add column if not exists "functioning_recorded_at" timestamptz null,
        add column if not exists "accommodation_needs" jsonb not null default '[]'::jsonb,
        add column if not exists "ethnicity" text null;`,
    );
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}, ` +
        `'INCLUSION'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}));`,
    );
    for (const c of ['functioning', 'disability_level', 'functioning_recorded_at', 'accommodation_needs', 'ethnicity'])
      this.addSql(`alter table "beneficiary" drop column if exists "${c}";`);
  }
}
