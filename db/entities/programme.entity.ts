import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Logframe } from '../../domain/indicator/logframe.types';

/**
 * A programme (PENA, a PKH graduation pilot, ...) as its programme office set it up: names, implementing
 * agency, the regions (BPS codes) it covers, its period, the rules version new journeys start with, its
 * small-cell threshold and logframe.
 */
@Entity({ tableName: 'programme' })
export class ProgrammeEntity {
  @PrimaryKey({ type: 'text' }) id!: string;
  /** Display name (the English name for programmes set up through the API). */
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) nameId!: string;
  @Property({ type: 'text' }) nameEn!: string;
  @Property({ type: 'text' }) implementingAgency!: string;
  /** BPS region codes the programme covers; a person enrols only where one of them is a prefix of their region. */
  @Property({ type: 'jsonb' }) regionCodes!: string[];
  @Property({ type: 'date' }) periodStart!: string;
  @Property({ type: 'date' }) periodEnd!: string;
  @Property({ type: 'text' }) rulesId!: string;
  @Property({ type: 'integer' }) rulesVersion!: number;
  /** Viewers do not see groups of fewer people than this. */
  @Property({ type: 'integer' }) smallCellThreshold!: number;
  /** Targets and baselines; null: the bundled logframe of the rules id (domain/programme/logframe). */
  @Property({ type: 'jsonb', nullable: true }) logframe: Logframe | null = null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz' }) updatedAt: Date = new Date();
}
