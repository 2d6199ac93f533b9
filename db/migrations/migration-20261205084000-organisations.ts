import { Migration } from '@mikro-orm/migrations';

/**
 * Organisations a programme works with (implementing partners, cooperatives, training institutions ...):
 * created by an admin, named by id in a partner token's scope.organisations. A journey's read model
 * carries the organisation it is assigned to (journey command assignPartner), so a partner's reads are
 * limited to its organisations' journeys. Creating one is audited under the CONFIGURATION source, which
 * the programme set-up migration added.
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
  }

  down(): void {
    this.addSql(`drop index if exists "journey_partner_organisation_index";`);
    this.addSql(`alter table "journey" drop column "partner_organisation_id";`);
    this.addSql(`drop table if exists "organisation";`);
  }
}
