import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A recorded conflict (konflik) and its resolution (domain spec 7.3). Staff records: codes plus short texts. */
@Entity({ tableName: 'conflict' })
export class ConflictEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Property({ type: 'text' }) type!: string;
  @Property({ type: 'text' }) category!: string;
  @Property({ type: 'jsonb' }) parties!: string[];
  @Property({ type: 'jsonb' }) journeyIds!: string[];
  @Property({ type: 'jsonb' }) groupIds!: string[];
  @Property({ type: 'text' }) description!: string;
  @Property({ type: 'text' }) status!: string;
  @Property({ type: 'text', nullable: true }) resolutionMethod: string | null = null;
  @Property({ type: 'text', nullable: true }) outcome: string | null = null;
  @Property({ type: 'text', nullable: true }) lessonsLearned: string | null = null;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
  @Property({ type: 'text', nullable: true }) resolvedBy: string | null = null;
  @Property({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null = null;
}
