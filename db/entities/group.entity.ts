import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AttendanceStatus } from '../../domain/journey/journey-codes';
import type { CapitalSource, GroupKind, GroupRole, GroupStatus } from '../../domain/group/group.rules';

/** What a business group plans to do: codes and figures only (its narrative stays with the facilitator). */
export interface BusinessPlan {
  activity: string;
  plannedCapital: number;
  expectedMonthlyRevenue: number;
  presentedOn: string;
}

/** A group (kelompok) of a programme: learning group, business group, cooperative or alumni group. */
@Entity({ tableName: 'community_group' })
export class GroupEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text' }) kind!: GroupKind;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) facilitatorId!: string;
  /** The module a learning group takes together; null for other kinds. */
  @Property({ type: 'text', nullable: true }) moduleTemplateId: string | null = null;
  @Property({ type: 'text' }) status!: GroupStatus;
  @Property({ type: 'timestamptz' }) statusChangedAt!: Date;
  @Property({ type: 'date' }) formedOn!: string;
  @Property({ type: 'integer' }) plannedMeetingsPerMonth = 4;
  @Property({ type: 'jsonb', nullable: true }) businessPlan: BusinessPlan | null = null;
  @Unique() @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt!: Date;
}

/** One membership of a journey in a group, dated; a member who leaves and rejoins has two rows. */
@Entity({ tableName: 'group_member' })
export class GroupMemberEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) groupId!: string;
  @Index() @Property({ type: 'uuid' }) journeyId!: string;
  @Property({ type: 'text' }) role!: GroupRole;
  @Property({ type: 'date' }) joinedOn!: string;
  @Property({ type: 'date', nullable: true }) leftOn: string | null = null;
  @Property({ type: 'text', nullable: true }) leaveReason: string | null = null;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt!: Date;
}

/** A session a learning group holds once for every member (each member's journey has its own copy). */
@Entity({ tableName: 'group_session' })
export class GroupSessionEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) groupId!: string;
  @Property({ type: 'text' }) moduleTemplateId!: string;
  @Property({ type: 'text' }) sessionType!: string;
  @Property({ type: 'timestamptz' }) startsAt!: Date;
  @Property({ type: 'decimal', precision: 5, scale: 2 }) durationHours!: string;
  @Property({ type: 'text' }) location!: string;
  @Property({ type: 'text' }) topic!: string;
  @Property({ type: 'text' }) presenter!: string;
  @Unique() @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) scheduledBy!: string;
  @Property({ type: 'timestamptz' }) scheduledAt!: Date;
}

/** A member's attendance of a group session, written once the member's journey accepted it. */
@Entity({ tableName: 'group_attendance' })
export class GroupAttendanceEntity {
  @PrimaryKey({ type: 'uuid' }) sessionId!: string;
  @PrimaryKey({ type: 'uuid' }) journeyId!: string;
  @Property({ type: 'text' }) status!: AttendanceStatus;
  @Property({ type: 'timestamptz' }) heldAt!: Date;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
}

/** Capital a business group received. */
@Entity({ tableName: 'group_capital' })
export class GroupCapitalEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) groupId!: string;
  @Property({ type: 'text' }) source!: CapitalSource;
  @Property({ type: 'decimal', precision: 18, scale: 2 }) amount!: string;
  @Property({ type: 'date' }) receivedOn!: string;
  @Unique() @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
}

/** A business group's periodic report: meetings, members present, revenue and savings of one period. */
@Entity({ tableName: 'group_report' })
export class GroupReportEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) groupId!: string;
  @Property({ type: 'date' }) periodStart!: string;
  @Property({ type: 'date' }) periodEnd!: string;
  @Property({ type: 'integer' }) meetingsHeld!: number;
  @Property({ type: 'integer' }) membersPresent!: number;
  @Property({ type: 'decimal', precision: 18, scale: 2 }) revenue!: string;
  @Property({ type: 'decimal', precision: 18, scale: 2 }) savings!: string;
  @Unique() @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
}
