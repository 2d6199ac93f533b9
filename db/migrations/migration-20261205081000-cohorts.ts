import { Migration } from '@mikro-orm/migrations';
import { listProgrammeRules } from '../../domain/programme/programme-rules.registry';

/** SQL text literal: single quotes doubled (the values are the bundled rules' own codes). */
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Every (programme, cohort id) pair beneficiaries use that has no cohort row yet becomes a RUNNING cohort (exported
 * for its test: the migration runs it once, over the data of its day).
 */
export function cohortsFromBeneficiariesSql(): string {
  const quotas = listProgrammeRules().map((r) => {
    const json = literal(JSON.stringify(r.selection.vulnerableGroupQuotas));
    return `(${literal(r.programmeRulesId)}, ${r.version}, ${json}::jsonb)`;
  });
  return `with used as (
        select b.programme_id, b.cohort_id, count(*)::int as members, min(b.created_at) as first_at,
               min(b.region_code collate "C") as lo, max(b.region_code collate "C") as hi
          from "beneficiary" b where b.cohort_id is not null group by b.programme_id, b.cohort_id),
      prefixed as (
        select u.*, left(u.lo, (select coalesce(max(n), 0) from generate_series(1, least(length(u.lo), length(u.hi))) n
                                 where left(u.lo, n) = left(u.hi, n))) as prefix
          from used u)
      insert into "cohort" ("id", "programme_id", "name", "region_code", "start_date", "target_groups",
                            "planned_size", "quotas", "status", "created_by", "created_at")
      select distinct on (p.cohort_id) p.cohort_id, p.programme_id, p.cohort_id, rtrim(p.prefix, '.'),
             (p.first_at at time zone 'UTC')::date, '[]'::jsonb, p.members, coalesce(q.quotas, '[]'::jsonb),
             'RUNNING', 'migration', now()
        from prefixed p join "programme" g on g.id = p.programme_id
        left join (values ${quotas.join(', ')}) q(rules_id, version, quotas)
               on q.rules_id = g.rules_id and q.version = g.rules_version
       order by p.cohort_id, p.members desc, p.programme_id
      on conflict (id) do nothing;`;
}

/**
 * Cohorts become rows (`cohort`) and candidates refused at selection are kept (`selection_record`). Every
 * cohort id beneficiaries already use becomes a RUNNING cohort so existing data stays valid: planned size =
 * its members, region = the longest common prefix of their regions (the prefix of the lexicographically first
 * and last: '' when they share none), quotas = its programme's rules (bundled versions). An id used by two
 * programmes is kept for the one with more members; the other's rows keep the id, unchecked. The audit log
 * gains the PROGRAMME_SETUP source for cohort and selection-record changes.
 */
export class Migration20261205081000Cohorts extends Migration {
  up(): void {
    this.addSql(
      `create table "cohort" ("id" text primary key, "programme_id" text not null references "programme" ("id"),
      "name" text not null, "region_code" text not null, "start_date" date not null,
      "target_groups" jsonb not null default '[]', "planned_size" int not null check ("planned_size" >= 0),
      "quotas" jsonb not null default '[]',
      "status" text not null check ("status" in ('PLANNED', 'ENROLLING', 'RUNNING', 'CLOSED')),
      "created_by" text not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "cohort_programme_id_index" on "cohort" ("programme_id");`);
    this.addSql(
      `create table "selection_record" ("id" uuid primary key,
      "programme_id" text not null references "programme" ("id"), "cohort_id" text not null references "cohort" ("id"),
      "region_code" text not null, "sex" text not null, "disability" boolean not null,
      "vulnerable_groups" jsonb not null default '[]', "reasons" jsonb not null, "note" text null,
      "idempotency_key" text not null unique, "recorded_by" text not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "selection_record_cohort_id_index" on "selection_record" ("cohort_id");`);
    this.addSql(`create index "beneficiary_programme_cohort_index" on "beneficiary" ("programme_id", "cohort_id");`);
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION', 'PROGRAMME_SETUP'));`,
    );
    this.addSql(cohortsFromBeneficiariesSql());
  }

  down(): void {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE', 'GRIEVANCE', 'CONFIGURATION'));`,
    );
    this.addSql(`drop index if exists "beneficiary_programme_cohort_index";`);
    this.addSql(`drop table if exists "selection_record";`);
    this.addSql(`drop table if exists "cohort";`);
  }
}
