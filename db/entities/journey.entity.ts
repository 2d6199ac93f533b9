import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { JourneyStatus, Role, Stage } from '../../domain/journey/journey-codes';
import type { NextActionCode } from '../../domain/journey/journey-next-action.machine';
import type { JourneyState } from '../../domain/journey/journey.types';
import type { WelfareLevel } from '../../domain/programme/programme-rules.types';

/**
 * Read model of one journey, kept current by the workflow's recording activity. The API lists
 * from here (never from Temporal visibility); `state` is the workflow's state at `seq`.
 */
@Entity({ tableName: 'journey' })
export class JourneyEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string; // = beneficiary id
  @Property({ type: 'text' }) workflowId!: string;
  @Index() @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Index() @Property({ type: 'text' }) regionCode!: string;
  @Index() @Property({ type: 'text', nullable: true }) facilitatorId: string | null = null;
  /** The implementing partner the journey is assigned to (assignPartner): its partners read the journey. */
  @Property({ type: 'text', nullable: true }) partnerOrganisationId: string | null = null;
  @Index() @Property({ type: 'text' }) stage!: Stage;
  @Property({ type: 'text' }) status!: JourneyStatus;
  @Property({ type: 'boolean' }) overdue = false;
  /** Overdue items now (state.overdue), for the overdue_steps indicator. */
  @Property({ type: 'integer' }) overdueCount = 0;
  @Property({ type: 'text', nullable: true }) welfareLevel: WelfareLevel | null = null;
  @Property({ type: 'text' }) rulesId!: string;
  @Property({ type: 'integer' }) rulesVersion!: number;
  @Property({ type: 'text', nullable: true }) nextAction: NextActionCode | null = null;
  @Property({ type: 'text', nullable: true }) nextActionBy: Role | null = null;
  @Property({ type: 'timestamptz', nullable: true }) nextDueAt: Date | null = null;
  @Property({ type: 'integer' }) seq!: number;
  @Property({ type: 'jsonb' }) state!: JourneyState;
  @Property({ type: 'timestamptz' }) enrolledAt!: Date;
  @Property({ type: 'timestamptz' }) updatedAt!: Date;
}
