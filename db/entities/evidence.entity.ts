import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type EvidenceStatus = 'PENDING' | 'ACCEPTED';

/**
 * Raw forms and written reasons (assessment answers, incomes in rupiah, notes) that must not
 * travel through Temporal, sealed at rest. The API stores a PENDING row, the workflow update references its id,
 * and the recording activity marks it ACCEPTED; a rejected command deletes its PENDING row.
 */
@Entity({ tableName: 'evidence' })
export class EvidenceEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Index() @Property({ type: 'uuid' }) journeyId!: string;
  @Property({ type: 'text' }) kind!: string;
  /** Set only on rows from before forms were sealed, until db/migrate.ts seals them. */
  @Property({ type: 'jsonb', nullable: true }) payload?: Record<string, unknown> | null;
  /** The form as JSON text sealed with the field cipher (db/personal-data/sealed-forms.ts). */
  @Property({ type: 'text', nullable: true }) payloadSealed?: string | null;
  @Property({ type: 'text' }) status: EvidenceStatus = 'PENDING';
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
