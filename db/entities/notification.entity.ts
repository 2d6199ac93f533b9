import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Escalations (to the facilitator, coordinator or manager) and alerts to facilitators raised by journeys, and
 * escalations of groups that stopped meeting; key makes them idempotent.
 */
@Entity({ tableName: 'notification' })
export class NotificationEntity {
  @PrimaryKey({ type: 'text' }) key!: string; // `${journeyId}:${seq}:${ordinal}`, `group:<id>:meeting:<since>:<role>`
  /** Null for a notification about a group, a complaint or a conflict (its id is in `data`). */
  @Index() @Property({ type: 'uuid', nullable: true }) journeyId: string | null = null;
  /** The group a notification concerns (a group that stopped meeting); null for the others. */
  @Property({ type: 'uuid', nullable: true }) groupId: string | null = null;
  @Property({ type: 'text' }) kind!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'text', nullable: true }) recipientId: string | null = null;
  /** The role it is for ('facilitator', 'coordinator', 'manager'); null on complaint and conflict rows. */
  @Property({ type: 'text', nullable: true }) recipientRole: string | null = null;
  @Property({ type: 'jsonb' }) data!: Record<string, unknown>;
  @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Property({ type: 'timestamptz', nullable: true }) readAt: Date | null = null;
}
