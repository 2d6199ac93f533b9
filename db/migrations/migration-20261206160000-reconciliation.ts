import { Migration } from '@mikro-orm/migrations';

const SOURCES_BEFORE =
  `'JOURNEY_EVENT', 'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF', ` +
  `'GROUP', 'INCLUSION', 'REPORTING', 'FIELD_SYNC'`;

/**
 * Restore reconciliation (ops/reconcile, docs/backup-and-restore.md). A journey event the workflow no longer knows
 * (Temporal restored from an older backup) moves, whole and unchanged, into `journey_event_superseded` with the id
 * of the RECONCILIATION audit row that superseded it: auditors still read it there, while every reader of
 * journey_event (lists, indicators, reports) keeps seeing only the journey's current story, and the workflow's next
 * steps record under the same seqs. Repairs are audited under the new source RECONCILIATION.
 */
export class Migration20261206160000Reconciliation extends Migration {
  up(): void {
    this.addSql(
      `create table if not exists "journey_event_superseded" (like "journey_event" including defaults, ` +
        `"superseded_by_audit_id" bigint not null, "superseded_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index if not exists "journey_event_superseded_journey_index" on "journey_event_superseded" ` +
        `("journey_id", "seq", "ordinal");`,
    );
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}, ` +
        `'RECONCILIATION'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in (${SOURCES_BEFORE}));`,
    );
    this.addSql(`drop table if exists "journey_event_superseded";`);
  }
}
