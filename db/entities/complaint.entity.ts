import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type {
  ComplaintCategory,
  ComplaintOutcome,
  ComplaintPriority,
  ComplaintStatus,
  ComplaintSubject,
} from '../../domain/complaint/complaint.machine';

/**
 * A complaint (pengaduan). Written by the public filing (api/complaint) and, step by step, by the
 * complaint workflow's recording activity. The text and any contact are sealed (field cipher);
 * the receipt code is kept only as a keyed hash, so the row cannot give it back.
 */
@Entity({ tableName: 'complaint' })
export class ComplaintEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'character', length: 64 }) receiptHash!: string;
  @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text' }) subjectKind!: ComplaintSubject;
  @Property({ type: 'text', nullable: true }) subjectRef: string | null = null;
  @Property({ type: 'boolean' }) anonymous!: boolean;
  @Property({ type: 'text' }) bodySealed!: string;
  @Property({ type: 'text', nullable: true }) contactSealed: string | null = null;
  @Property({ type: 'text' }) status!: ComplaintStatus;
  @Property({ type: 'text', nullable: true }) category: ComplaintCategory | null = null;
  @Property({ type: 'text', nullable: true }) priority: ComplaintPriority | null = null;
  @Property({ type: 'text', nullable: true }) assigneeId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) answerId: string | null = null;
  @Property({ type: 'text', nullable: true }) outcome: ComplaintOutcome | null = null;
  @Property({ type: 'text' }) rulesId!: string;
  @Property({ type: 'integer' }) rulesVersion!: number;
  @Property({ type: 'timestamptz' }) receivedAt!: Date;
  @Property({ type: 'timestamptz' }) responseDueAt!: Date;
  @Property({ type: 'timestamptz', nullable: true }) escalatedAt: Date | null = null;
  @Property({ type: 'timestamptz', nullable: true }) answeredAt: Date | null = null;
  @Property({ type: 'timestamptz', nullable: true }) closedAt: Date | null = null;
  @Property({ type: 'integer' }) seq!: number;
}

/** The written answer to a complaint, sealed; the complaint points at the accepted one (answer_id). */
@Entity({ tableName: 'complaint_answer' })
export class ComplaintAnswerEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) complaintId!: string;
  @Property({ type: 'text' }) bodySealed!: string;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
