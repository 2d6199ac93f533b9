import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type Sex = 'FEMALE' | 'MALE';

/** The person. Personal data lives here and only here (never in Temporal). */
@Entity({ tableName: 'beneficiary' })
export class BeneficiaryEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Unique() @Property({ type: 'text' }) nik!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) sex!: Sex;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'boolean' }) disability!: boolean;
  @Index() @Property({ type: 'text' }) regionCode!: string;
  @Index() @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Property({ type: 'jsonb' }) vulnerableGroups: string[] = [];
  /** The enrolment's idempotency key: a retried enrolment returns this row. */
  @Unique() @Property({ type: 'text' }) enrolmentKey!: string;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
