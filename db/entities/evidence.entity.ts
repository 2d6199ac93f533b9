import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type EvidenceStatus = 'PENDING' | 'ACCEPTED';

/**
 * Raw forms and written reasons (assessment answers, incomes in rupiah, notes) that must not
 * travel through Temporal. The API stores a PENDING row, the workflow update references its id,
 * and the recording activity marks it ACCEPTED; a rejected command deletes its PENDING row.
 */
@Entity({ tableName: 'evidence' })
export class EvidenceEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Index() @Property({ type: 'uuid' }) journeyId!: string;
  @Property({ type: 'text' }) kind!: string;
  @Property({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Property({ type: 'text' }) status: EvidenceStatus = 'PENDING';
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
