import { Migration } from '@mikro-orm/migrations';

/**
 * The programme's field staff: one staff_assignment row per (user, programme, role) with its regions,
 * cohorts, a facilitator's caseload limit and coordinator (ids only). The audit log gains the STAFF source
 * for assignments and caseload hand-overs.
 */
export class Migration20261205082000StaffAssignment extends Migration {
  up(): void {
    this.addSql(
      `create table "staff_assignment" ("id" uuid not null primary key, "user_id" text not null,
      "role" text not null check ("role" in ('FACILITATOR', 'COORDINATOR', 'MENTOR')),
      "programme_id" text not null references "programme" ("id"),
      "region_codes" jsonb not null default '[]', "cohort_ids" jsonb not null default '[]',
      "caseload_limit" integer null check ("caseload_limit" >= 0), "coordinator_id" text null,
      "active" boolean not null default true, "assigned_by" text not null, "assigned_at" timestamptz not null,
      constraint "staff_assignment_user_programme_role_unique" unique ("user_id", "programme_id", "role"));`,
    );
    this.addSql(`create index "staff_assignment_programme_id_index" on "staff_assignment" ("programme_id");`);
    this.addSql(
      `create index "staff_assignment_coordinator_id_index" on "staff_assignment" ("coordinator_id") ` +
        `where "coordinator_id" is not null;`,
    );
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP', 'STAFF'));`,
    );
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP'));`,
    );
    this.addSql(`drop table if exists "staff_assignment" cascade;`);
  }
}
