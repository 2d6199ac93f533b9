import { Migration } from '@mikro-orm/migrations';

/**
 * A mentor's worklist (Query.myModules) finds the journeys whose module runs name the mentor by
 * containment on the read model's `state -> 'modules'`: a GIN index (jsonb_path_ops) keeps that
 * lookup from reading every journey's state.
 */
export class Migration20261205085000MentorModulesIndex extends Migration {
  up(): void {
    this.addSql(
      `create index if not exists "journey_state_modules_index" on "journey" ` +
        `using gin ((state -> 'modules') jsonb_path_ops);`,
    );
  }

  down(): void {
    this.addSql(`drop index if exists "journey_state_modules_index";`);
  }
}
