import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

import type { AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import type { FunctioningLevel } from '../../domain/inclusion/functioning.rules';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';

/**
 * The person. Personal data lives here and only here (never in Temporal). `nik` and `phone` are
 * sealed (db/personal-data/sealed-columns.ts: never plaintext in PostgreSQL), `nikHash` is the NIK's
 * blind index (unique). After erasure on request `nik`, `nikHash` and `phone` are null, the name a
 * pseudonym and the date of birth its year only (`erasedAt` set).
 */
@Entity({ tableName: 'beneficiary' })
export class BeneficiaryEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** Sealed NIK (enc:v1:...); null once erased. */
  @Property({ type: 'text', nullable: true }) nik: string | null = null;
  @Unique() @Property({ type: 'text', nullable: true }) nikHash: string | null = null;
  /** Sealed phone number (E.164 inside), optional. */
  @Property({ type: 'text', nullable: true }) phone: string | null = null;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) sex!: Sex;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'boolean' }) disability!: boolean;
  @Index() @Property({ type: 'text' }) regionCode!: string;
  @Index() @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Property({ type: 'jsonb' }) vulnerableGroups: string[] = [];
  /** Sealed WG-SS answers (enc:v1:..., JSON of domain to level inside); null until recordFunctioning. */
  @Property({ type: 'text', nullable: true }) functioning: string | null = null;
  /** The level derived from the answers (domain/inclusion/functioning.rules.ts), plaintext for lists and figures. */
  @Property({ type: 'text', nullable: true }) disabilityLevel: FunctioningLevel | null = null;
  @Property({ type: 'timestamptz', nullable: true }) functioningRecordedAt: Date | null = null;
  /** Accommodation needs (codes of domain/inclusion/accommodation.rules.ts), shown to whoever schedules sessions. */
  @Property({ type: 'jsonb' }) accommodationNeeds: AccommodationNeed[] = [];
  /** Ethnicity code, only where the programme's rules collect it (inclusion.collectEthnicity). */
  @Property({ type: 'text', nullable: true }) ethnicity: string | null = null;
  /** The enrolment's idempotency key: a retried enrolment returns this row. */
  @Unique() @Property({ type: 'text' }) enrolmentKey!: string;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) erasedAt: Date | null = null;
}
