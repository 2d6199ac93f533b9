import { Migration } from '@mikro-orm/migrations';

/**
 * Encryption at rest for the beneficiary's NIK and phone, and erasure on request.
 * - `nik` and the new `phone` hold sealed values (`enc:v1:<keyId>:...`, config/crypto/field-cipher.ts);
 *   `nik_hash`, the NIK's keyed blind index, takes over the UNIQUE constraint from `nik`.
 * - `nik` becomes nullable: an erased beneficiary has none (`erased_at` says when).
 * - audit_log accepts source ERASURE (the erasure's own audit row).
 * A migration has no keys, so rows written before this one keep their plaintext NIK here and are
 * sealed by db/migrate.ts right after the migrations (resealPersonalData); the API and the worker
 * refuse to start while any plaintext value remains.
 */
export class Migration20261127000000SealedPersonalData extends Migration {
  up(): void {
    this.addSql(
      `alter table "beneficiary" add column "nik_hash" text null, add column "phone" text null, ` +
        `add column "erased_at" timestamptz null;`,
    );
    this.addSql(`alter table "beneficiary" alter column "nik" drop not null;`);
    this.addSql(`alter table "beneficiary" drop constraint "beneficiary_nik_unique";`);
    this.addSql(`alter table "beneficiary" add constraint "beneficiary_nik_hash_unique" unique ("nik_hash");`);
    this.addSql(`alter table "audit_log" drop constraint "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ', 'ERASURE'));`,
    );
    this.addSql(
      `create index "audit_log_erasure_key_index" on "audit_log" ("idempotency_key") where "source" = 'ERASURE';`,
    );
  }

  down(): void {
    this.addSql(`drop index if exists "audit_log_erasure_key_index";`);
    this.addSql(`alter table "audit_log" drop constraint "audit_log_source_check";`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_source_check" check ("source" in ('JOURNEY_EVENT', ` +
        `'DENIED', 'READ'));`,
    );
    this.addSql(`alter table "beneficiary" drop constraint "beneficiary_nik_hash_unique";`);
    this.addSql(`alter table "beneficiary" add constraint "beneficiary_nik_unique" unique ("nik");`);
    this.addSql(`alter table "beneficiary" drop column "nik_hash", drop column "phone", drop column "erased_at";`);
  }
}
