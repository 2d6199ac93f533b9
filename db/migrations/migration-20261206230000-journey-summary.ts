import { Migration } from '@mikro-orm/migrations';

/**
 * journey_summary: one row per journey with what the flow and decision indicators (and the outcomes' end of
 * training) read of its facts over the whole journey (db/facts/journey-summary.sql.ts), so an open-period dashboard
 * reads one narrow row a person instead of scanning journey_fact. Written with journey_fact in the step's
 * transaction; `db:migrate` then fills the rows of journeys recorded before it (db/migrate.ts).
 */
export class Migration20261206230000JourneySummary extends Migration {
  up(): void {
    this.addSql(`create table "journey_summary" (
      "journey_id" uuid primary key, "assessed" boolean not null, "trained" boolean not null,
      "referred" boolean not null, "business_started" boolean not null, "decided" boolean not null,
      "graduated" boolean not null, "exited" boolean not null, "exit_keys" text[] not null,
      "first_graduated_at" timestamptz null, "last_graduated_at" timestamptz null,
      "first_intensive_at" timestamptz null, "first_re_evaluation_at" timestamptz null,
      "referral_answers" int not null, "referrals_accepted" int not null);`);
  }

  down(): void {
    this.addSql(`drop table if exists "journey_summary";`);
  }
}
