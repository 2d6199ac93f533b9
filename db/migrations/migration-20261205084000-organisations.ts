import { Migration } from '@mikro-orm/migrations';

const AUDIT_SOURCES_BEFORE = `'JOURNEY_EVENT', 'DENIED', 'READ', 'ERASURE', 'GRIEVANCE'`;

/**
 * Organisations a programme works with (implementing partners, cooperatives, training institutions ...):
 * created by an admin, named by id in a partner token's scope.organisations. A journey's read model
 * carries the organisation it is assigned to (journey command assignPartner), so a partner's reads are
 * limited to its organisations' journeys. The audit log accepts the CONFIGURATION source (an admin's
 * change to a programme's set-up: here, an organisation created).
 */
export class Migration20261205084000Organisations extends Migration {
  up(): void {
    this.addSql(
      `create table "organisation" ("id" text primary key, "name" text not null, "kind" text not null, ` +
        `"programme_ids" jsonb not null, "region_codes" jsonb not null, "created_by" text not null, ` +
        `"created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "organisation_programmes_index" on "organisation" using gin ("programme_ids");`);
    this.addSql(`alter table "journey" add column "partner_organisation_id" text null;`);
    this.addSql(
      `create index "journey_partner_organisation_index" on "journey" ("partner_organisation_id") ` +
        `where "partner_organisation_id" is not null;`,
    );
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (` +
        `${AUDIT_SOURCES_BEFORE}, 'CONFIGURATION'));`,
    );
  }

  down(): void {
    // CONFIGURATION stays accepted: other set-up changes (programmes, rules) write it too.
    this.addSql(`drop index if exists "journey_partner_organisation_index";`);
    this.addSql(`alter table "journey" drop column "partner_organisation_id";`);
    this.addSql(`drop table if exists "organisation";`);
  }
}
