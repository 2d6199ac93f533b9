import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Every fact a journey emitted, in order; (journeyId, seq, ordinal) makes recording idempotent. */
@Entity({ tableName: 'journey_event' })
@Unique({ properties: ['journeyId', 'seq', 'ordinal'] })
export class JourneyEventEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true }) id!: string;
  @Index() @Property({ type: 'uuid' }) journeyId!: string;
  @Property({ type: 'integer' }) seq!: number;
  @Property({ type: 'integer' }) ordinal!: number;
  @Property({ type: 'text' }) type!: string;
  /** When the step happened: a field record's occurredAt, else when the journey applied it. */
  @Property({ type: 'timestamptz' }) at!: Date;
  /** When the recording activity wrote it (later than `at` for a record captured offline). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) recordedAt!: Date;
  @Property({ type: 'text' }) actorId!: string;
  @Property({ type: 'text' }) actorRole!: string;
  @Property({ type: 'jsonb' }) data!: Record<string, unknown>;
  @Property({ type: 'text' }) workflowId!: string;
  @Property({ type: 'text' }) runId!: string;
  @Property({ type: 'text', nullable: true }) idempotencyKey: string | null = null;
  @Property({ type: 'text', nullable: true }) requestId: string | null = null;
}
