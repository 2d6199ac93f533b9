import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { CohortQuota, CohortStatus } from '../../domain/cohort/cohort.rules';
import type { SelectionRefusalReason } from '../../domain/cohort/selection-record.rules';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';

/** A cohort (angkatan) of a programme: its region prefix, target groups, planned size, quotas and status. */
@Entity({ tableName: 'cohort' })
export class CohortEntity {
  /** A slug given by its creator (e.g. ntb-2027-a); beneficiary.cohort_id names it. */
  @PrimaryKey({ type: 'text' }) id!: string;
  @Index() @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'date' }) startDate!: string;
  @Property({ type: 'jsonb' }) targetGroups: string[] = [];
  @Property({ type: 'integer' }) plannedSize!: number;
  @Property({ type: 'jsonb' }) quotas: CohortQuota[] = [];
  @Property({ type: 'text' }) status!: CohortStatus;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * A candidate refused at selection (no journey): only the typed facts quotas need, never a name, NIK or
 * birth date.
 */
@Entity({ tableName: 'selection_record' })
export class SelectionRecordEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) programmeId!: string;
  @Index() @Property({ type: 'text' }) cohortId!: string;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text' }) sex!: Sex;
  @Property({ type: 'boolean' }) disability!: boolean;
  @Property({ type: 'jsonb' }) vulnerableGroups: string[] = [];
  @Property({ type: 'jsonb' }) reasons: SelectionRefusalReason[] = [];
  @Property({ type: 'text', nullable: true }) note: string | null = null;
  @Unique() @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
}
