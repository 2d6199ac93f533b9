import { Migration } from '@mikro-orm/migrations';

/**
 * journey_indicator_row: the rows the module, outcome and access families give each journey over an open period
 * (domain/indicator/indicator-row.rules.ts), so an open-period dashboard sums typed rows instead of scanning
 * journey_fact and deriving them again (db/indicators/indicator-side.sql.ts). Written with journey_summary in the
 * step's transaction; `db:migrate` then fills the rows of journeys recorded before it (db/migrate.ts).
 */
export class Migration20261207020000IndicatorRows extends Migration {
  up(): void {
    this.addSql(`create table "journey_indicator_row" (
      "journey_id" uuid not null, "position" int not null, "family" text not null
        check ("family" in ('MODULE', 'OUTCOME', 'ACCESS')),
      "k" text not null, "num" float8 null, "den" float8 not null, "val" float8 null,
      "per_person" boolean not null, "at" timestamptz null,
      primary key ("journey_id", "position"));`);
    // A family's statement reads its rows alone: a family with few rows (access) is found without a full scan.
    this.addSql(
      `create index "journey_indicator_row_family_index" on "journey_indicator_row" ("family", "per_person");`,
    );
  }

  down(): void {
    this.addSql(`drop table if exists "journey_indicator_row";`);
  }
}
