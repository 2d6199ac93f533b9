import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { StaffRole } from '../../domain/staff/staff-codes';

/**
 * One person's assignment to a programme in one staff role (facilitator, coordinator, mentor): the regions
 * and cohorts they work in, a facilitator's caseload limit and coordinator. Ids only, never a name or
 * phone number. One row per (user, programme, role); the id is derived from that natural key.
 */
@Entity({ tableName: 'staff_assignment' })
@Unique({ properties: ['userId', 'programmeId', 'role'] })
export class StaffAssignmentEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) userId!: string;
  @Property({ type: 'text' }) role!: StaffRole;
  @Index() @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'jsonb' }) regionCodes: string[] = [];
  @Property({ type: 'jsonb' }) cohortIds: string[] = [];
  @Property({ type: 'integer', nullable: true }) caseloadLimit: number | null = null;
  @Index() @Property({ type: 'text', nullable: true }) coordinatorId: string | null = null;
  @Property({ type: 'boolean' }) active = true;
  @Property({ type: 'text' }) assignedBy!: string;
  @Property({ type: 'timestamptz' }) assignedAt!: Date;
}
