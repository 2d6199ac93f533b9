import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type {
  ConflictCategory,
  ConflictStatus,
  ConflictType,
  ResolutionMethod,
} from '../../domain/conflict/conflict.rules';

/**
 * A recorded conflict (konflik) and its resolution (domain spec 7.3): codes, plus texts sealed with the field cipher
 * (description, outcome, lessons learned: enc:v1:...).
 */
@Entity({ tableName: 'conflict' })
export class ConflictEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Property({ type: 'text' }) type!: ConflictType;
  @Property({ type: 'text' }) category!: ConflictCategory;
  @Property({ type: 'jsonb' }) parties!: string[];
  @Property({ type: 'jsonb' }) journeyIds!: string[];
  @Property({ type: 'jsonb' }) groupIds!: string[];
  @Property({ type: 'text' }) description!: string;
  @Property({ type: 'text' }) status!: ConflictStatus;
  @Property({ type: 'text', nullable: true }) resolutionMethod: ResolutionMethod | null = null;
  @Property({ type: 'text', nullable: true }) outcome: string | null = null;
  @Property({ type: 'text', nullable: true }) lessonsLearned: string | null = null;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
  @Property({ type: 'text', nullable: true }) resolvedBy: string | null = null;
  @Property({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null = null;
}
