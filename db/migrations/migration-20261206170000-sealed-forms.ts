import { Migration } from '@mikro-orm/migrations';

/**
 * Raw forms sealed at rest: an evidence row's form (assessment answers, incomes, visit notes, written reasons) is
 * held in `payload_sealed`, the JSON text sealed with the field cipher (enc:v1:..., config/crypto/field-cipher.ts);
 * `payload` becomes nullable and holds a form only until it is sealed. A migration has no keys, so rows written
 * before this one are sealed by db/migrate.ts right after the migrations (sealPlaintextForms), like the NIK; the
 * API and the worker refuse to start while any form is still in plaintext. A conflict's description, outcome and
 * lessons learned, and a selection refusal's note, are sealed in place the same way (SEALED_IN_PLACE in
 * db/personal-data/rotate-sealed-columns.ts), and so are report files (sealed-report-files.ts). Safe to run again.
 */
export class Migration20261206170000SealedForms extends Migration {
  up(): void {
    this.addSql(`alter table "evidence" add column if not exists "payload_sealed" text null;`);
    this.addSql(`alter table "evidence" alter column "payload" drop not null;`);
    this.addSql(
      `alter table "evidence" drop constraint if exists "evidence_form_present_check", add constraint ` +
        `"evidence_form_present_check" check ("payload" is not null or "payload_sealed" is not null);`,
    );
  }

  down(): void {
    // Sealed forms cannot be opened without keys: down keeps the column and only restores what it can.
    this.addSql(`alter table "evidence" drop constraint if exists "evidence_form_present_check";`);
  }
}
