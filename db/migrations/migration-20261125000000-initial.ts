import { Migration } from '@mikro-orm/migrations';

/** Programmes, beneficiaries, the journey read model, its events, evidence and notifications. */
export class Migration20261125000000Initial extends Migration {
  up(): void {
    this.addSql(
      `create table "programme" ("id" text not null primary key, "name" text not null, "rules_id" text not null, ` +
        `"rules_version" int not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create table "beneficiary" ("id" uuid not null primary key, "nik" text not null, "name" text not null, ` +
        `"sex" text not null check ("sex" in ('FEMALE','MALE')), "birth_date" date not null, ` +
        `"disability" boolean not null, "region_code" text not null, ` +
        `"programme_id" text not null references "programme" ("id"), "cohort_id" text null, ` +
        `"vulnerable_groups" jsonb not null default '[]', "enrolment_key" text not null, "created_by" text not null, ` +
        `"created_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "beneficiary" add constraint "beneficiary_nik_unique" unique ("nik");`);
    this.addSql(
      `alter table "beneficiary" add constraint "beneficiary_enrolment_key_unique" unique ("enrolment_key");`,
    );
    this.addSql(`create index "beneficiary_region_code_index" on "beneficiary" ("region_code");`);
    this.addSql(`create index "beneficiary_programme_id_index" on "beneficiary" ("programme_id");`);
    this.addSql(
      `create table "journey" ("id" uuid not null primary key references "beneficiary" ("id"), ` +
        `"workflow_id" text not null, "programme_id" text not null, "cohort_id" text null, ` +
        `"region_code" text not null, "facilitator_id" text null, "stage" text not null, "status" text not null, ` +
        `"overdue" boolean not null default false, "welfare_level" text null, "rules_id" text not null, ` +
        `"rules_version" int not null, "next_action" text null, "next_action_by" text null, ` +
        `"next_due_at" timestamptz null, "seq" int not null, "state" jsonb not null, ` +
        `"enrolled_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "journey_programme_id_index" on "journey" ("programme_id");`);
    this.addSql(`create index "journey_region_code_index" on "journey" ("region_code");`);
    this.addSql(`create index "journey_facilitator_id_index" on "journey" ("facilitator_id", "next_due_at");`);
    this.addSql(`create index "journey_stage_index" on "journey" ("stage");`);
    this.addSql(
      `create table "journey_event" ("id" bigserial primary key, ` +
        `"journey_id" uuid not null references "journey" ("id"), "seq" int not null, "ordinal" int not null, ` +
        `"type" text not null, "at" timestamptz not null, "actor_id" text not null, "actor_role" text not null, ` +
        `"data" jsonb not null, "workflow_id" text not null, "run_id" text not null, "idempotency_key" text null, ` +
        `"request_id" text null);`,
    );
    this.addSql(
      `alter table "journey_event" add constraint "journey_event_journey_id_seq_ordinal_unique" unique ` +
        `("journey_id", "seq", "ordinal");`,
    );
    this.addSql(
      `create table "evidence" ("id" uuid not null primary key, ` +
        `"journey_id" uuid not null references "beneficiary" ("id"), "kind" text not null, "payload" jsonb not null, ` +
        `"status" text not null default 'PENDING' check ("status" in ('PENDING','ACCEPTED')), ` +
        `"created_by" text not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "evidence_journey_id_index" on "evidence" ("journey_id");`);
    this.addSql(
      `create table "notification" ("key" text not null primary key, ` +
        `"journey_id" uuid not null references "journey" ("id"), "kind" text not null, "reason" text not null, ` +
        `"recipient_id" text null, "data" jsonb not null, "created_at" timestamptz not null, ` +
        `"read_at" timestamptz null);`,
    );
    this.addSql(`create index "notification_recipient_index" on "notification" ("recipient_id", "created_at");`);
    // The programme every installation starts with: rules "default" version 1 (domain/programme/rules).
    this.addSql(
      `insert into "programme" ("id", "name", "rules_id", "rules_version") values ('default', ` +
        `'Jejak default graduation programme', 'default', 1);`,
    );
  }

  down(): void {
    for (const table of ['notification', 'evidence', 'journey_event', 'journey', 'beneficiary', 'programme']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
