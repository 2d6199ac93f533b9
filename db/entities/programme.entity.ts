import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A programme (PENA, a PKH graduation pilot, ...) and the rules version new journeys start with. */
@Entity({ tableName: 'programme' })
export class ProgrammeEntity {
  @PrimaryKey({ type: 'text' }) id!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) rulesId!: string;
  @Property({ type: 'integer' }) rulesVersion!: number;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
