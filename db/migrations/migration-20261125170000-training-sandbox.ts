import { Migration } from '@mikro-orm/migrations';

/** A rehearsal programme on rules "training-sandbox" v1 (short clocks), and indexes for the journey lists. */
export class Migration20261125170000TrainingSandbox extends Migration {
  up(): void {
    this.addSql(
      `insert into "programme" ("id", "name", "rules_id", "rules_version") values ('training-sandbox', ` +
        `'Training sandbox (short clocks, never for real beneficiaries)', 'training-sandbox', ` +
        `1) on conflict do nothing;`,
    );
    this.addSql(`create index "journey_enrolled_at_index" on "journey" ("enrolled_at" desc, "id" desc);`);
    this.addSql(`create index "journey_updated_at_index" on "journey" ("updated_at" desc, "id" desc);`);
    this.addSql(
      `create index "journey_caseload_index" on "journey" ("facilitator_id", ` +
        `(case when "overdue" then 0 else 1 end), coalesce("next_due_at", 'infinity'::timestamptz), ` +
        `"id") where "status" <> 'CLOSED';`,
    );
    this.addSql(`create index "beneficiary_name_index" on "beneficiary" ("name", "id");`);
  }

  down(): void {
    this.addSql(
      `drop index if exists "journey_enrolled_at_index", "journey_updated_at_index", "journey_caseload_index", ` +
        `"beneficiary_name_index";`,
    );
    this.addSql(`delete from "programme" where "id" = 'training-sandbox';`);
  }
}
