import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';

/**
 * A rules version published through the API: validated data, never updated once inserted (journeys keep
 * the version they started with). Read through db/programme/programme-rules.store.ts, which also serves
 * the versions bundled with the code.
 */
@Entity({ tableName: 'programme_rules' })
export class ProgrammeRulesEntity {
  @PrimaryKey({ type: 'text' }) rulesId!: string;
  @PrimaryKey({ type: 'integer' }) version!: number;
  @Property({ type: 'text', nullable: true }) derivesFromRulesId: string | null = null;
  @Property({ type: 'integer', nullable: true }) derivesFromVersion: number | null = null;
  @Property({ type: 'jsonb' }) document!: ProgrammeRules;
  @Property({ type: 'timestamptz' }) publishedAt!: Date;
  @Property({ type: 'text' }) publishedBy!: string;
  @Property({ type: 'text' }) reason!: string;
}
