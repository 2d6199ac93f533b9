import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ReportFormat, ReportJobStatus, ReportLocale, ReportType } from '../../domain/report/report.types';

/** A requested report: parameters, status and progress (the file is in report_file, read with SQL). */
@Entity({ tableName: 'report_job' })
export class ReportJobEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) requestedBy!: string;
  @Property({ type: 'text' }) requestedRole!: string;
  @Property({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'text' }) type!: ReportType;
  @Property({ type: 'text' }) format!: ReportFormat;
  @Property({ type: 'text' }) locale!: ReportLocale;
  @Property({ type: 'text' }) programmeId!: string;
  @Property({ type: 'text', nullable: true }) cohortId: string | null = null;
  @Property({ type: 'text', nullable: true }) regionPrefix: string | null = null;
  /** The region prefixes the figures were limited to: the chosen prefix, else the requester's scope (`*`: all). */
  @Property({ type: 'text[]' }) regionScope!: string[];
  /** Limited to this facilitator's caseload (the weekly report a facilitator requests); null: the whole area. */
  @Property({ type: 'text', nullable: true }) facilitatorId: string | null = null;
  @Property({ type: 'date' }) periodFrom!: string;
  @Property({ type: 'date' }) periodTo!: string;
  @Property({ type: 'text' }) status: ReportJobStatus = 'QUEUED';
  @Property({ type: 'integer' }) progress = 0;
  @Property({ type: 'text', nullable: true }) error: string | null = null;
  @Property({ type: 'jsonb', nullable: true, lazy: true }) figures: Record<string, unknown> | null = null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) startedAt: Date | null = null;
  @Property({ type: 'timestamptz', nullable: true }) finishedAt: Date | null = null;
}
