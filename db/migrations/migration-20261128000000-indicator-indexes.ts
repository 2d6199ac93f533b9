import { Migration } from '@mikro-orm/migrations';

/**
 * Indicators (api/indicator) read journey events by type (assessments, attendance, decisions,
 * measurements) for the people of a programme: an index on (type, journey_id) lets each family
 * read only its event types instead of every event (bench/indicators.bench.ts shows the plans).
 */
export class Migration20261128000000IndicatorIndexes extends Migration {
  up(): void {
    this.addSql(`create index if not exists "journey_event_type_index" on "journey_event" ("type", "journey_id");`);
  }

  down(): void {
    this.addSql(`drop index if exists "journey_event_type_index";`);
  }
}
