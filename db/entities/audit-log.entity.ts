import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

import type { AuditSource } from '../../domain/audit/audit-source.types';

export type { AuditSource };

/**
 * One audit fact: a recorded journey step, a refused attempt, or a read of protected data.
 * Append-only in PostgreSQL (a trigger refuses UPDATE/DELETE/TRUNCATE); rows are written only by
 * db/audit/audit-append.ts, never through the unit of work. `hash` chains every row to the one
 * before it (db/audit/audit-hash.ts), so an edit made around the trigger is detectable.
 */
@Entity({ tableName: 'audit_log' })
export class AuditLogEntity {
  @PrimaryKey({ type: 'bigint' }) id!: string;
  @Property({ type: 'timestamptz' }) at!: Date;
  @Index() @Property({ type: 'text' }) actorId!: string;
  @Property({ type: 'text' }) actorRole!: string;
  @Property({ type: 'text' }) action!: string;
  @Property({ type: 'uuid', nullable: true }) journeyId: string | null = null;
  @Property({ type: 'text', nullable: true }) programmeId: string | null = null;
  @Property({ type: 'text', nullable: true }) regionCode: string | null = null;
  @Property({ type: 'text', nullable: true }) reason: string | null = null;
  @Property({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null = null;
  @Property({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null = null;
  @Property({ type: 'text', nullable: true }) requestId: string | null = null;
  @Property({ type: 'text', nullable: true }) idempotencyKey: string | null = null;
  @Property({ type: 'text', nullable: true }) workflowId: string | null = null;
  @Property({ type: 'text', nullable: true }) runId: string | null = null;
  @Property({ type: 'integer', nullable: true }) eventSeq: number | null = null;
  @Property({ type: 'text' }) source!: AuditSource;
  @Property({ type: 'character', length: 64 }) prevHash!: string;
  @Property({ type: 'character', length: 64 }) hash!: string;
}
