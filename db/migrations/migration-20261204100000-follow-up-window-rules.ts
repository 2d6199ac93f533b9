import { Migration } from '@mikro-orm/migrations';

/**
 * New enrolments on the bundled programmes follow rules v2 (default and training-sandbox), which add the
 * follow-up window (domain/programme/rules/README.md). Journeys already enrolled keep the version they
 * started with; only programmes still on v1 move, so a programme set to another version is left alone.
 */
export class Migration20261204100000FollowUpWindowRules extends Migration {
  up(): void {
    this.addSql(
      `update "programme" set "rules_version" = 2 where "id" in ('default', 'training-sandbox') ` +
        `and "rules_id" = "id" and "rules_version" = 1;`,
    );
  }

  down(): void {
    this.addSql(
      `update "programme" set "rules_version" = 1 where "id" in ('default', 'training-sandbox') ` +
        `and "rules_id" = "id" and "rules_version" = 2;`,
    );
  }
}
