import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrganisationKind } from '../../domain/organisation/organisation.rules';

/** An organisation a programme works with (mitra pelaksana ...): no personal data, created by an admin. */
@Entity({ tableName: 'organisation' })
export class OrganisationEntity {
  @PrimaryKey({ type: 'text' }) id!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) kind!: OrganisationKind;
  @Property({ type: 'jsonb' }) programmeIds!: string[];
  @Property({ type: 'jsonb' }) regionCodes!: string[];
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
