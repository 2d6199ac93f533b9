import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type {
  SafeguardingAction,
  SafeguardingCategory,
  SafeguardingFinding,
  SafeguardingStatus,
} from '../../domain/safeguarding/safeguarding.rules';

/**
 * A safeguarding report (domain spec 7.4). The description and the reporter's identity are sealed
 * by the field cipher; only the `safeguarding` role opens them, and each opening of the identity
 * is an audit READ row. No filer's user id, address or request id is stored.
 */
@Entity({ tableName: 'safeguarding_report' })
export class SafeguardingReportEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text' }) category!: SafeguardingCategory;
  @Property({ type: 'jsonb' }) atRiskGroups!: string[];
  @Property({ type: 'text' }) descriptionSealed!: string;
  @Property({ type: 'boolean' }) anonymous!: boolean;
  @Property({ type: 'text', nullable: true }) reporterSealed: string | null = null;
  @Property({ type: 'text' }) status!: SafeguardingStatus;
  @Property({ type: 'text', nullable: true }) finding: SafeguardingFinding = null;
  @Property({ type: 'timestamptz' }) filedAt!: Date;
  @Property({ type: 'timestamptz', nullable: true }) closedAt: Date | null = null;
}

/** One handling step of a report: support, referral, finding, sanction, closure. The note is sealed. */
@Entity({ tableName: 'safeguarding_action' })
export class SafeguardingActionEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) reportId!: string;
  @Property({ type: 'text' }) kind!: SafeguardingAction;
  @Property({ type: 'uuid', nullable: true }) journeyId: string | null = null;
  @Property({ type: 'text', nullable: true }) noteSealed: string | null = null;
  @Property({ type: 'text' }) actorId!: string;
  @Property({ type: 'text' }) actorRole!: string;
  @Property({ type: 'timestamptz' }) at!: Date;
}
