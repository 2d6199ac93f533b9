import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import {
  REPORT_FORMATS,
  REPORT_JOB_STATUSES,
  REPORT_LOCALES,
  REPORT_TYPES,
  type ReportFormat,
  type ReportJobStatus,
  type ReportLocale,
  type ReportType,
} from '../../domain/report/report.types';
import { codeEnum } from '../shared/code-enum';
import { NodeInterface } from '../node/node.interface';

export const ReportTypeCode = codeEnum('ReportType', REPORT_TYPES, 'Report types of the M&E chapter.', {
  WEEKLY_FACILITATOR: 'Weekly facilitator report: participation, activities, overdue steps per facilitator.',
  MONTHLY_PROGRESS:
    'Monthly progress report: executive summary, activities, target vs realisation (with the previous ' +
    'month), charts, disaggregated data, follow-up plan.',
  QUARTERLY_PROGRESS: 'Quarterly progress report: as the monthly one, compared with the previous quarter.',
  FINAL:
    'Final report: every indicator by logframe level, target achievement, charts, before/after comparison, ' +
    'limitations.',
  IMPACT: 'Impact report: before/after comparison, income change, disaggregated outcomes, limitations.',
});
export const ReportFormatCode = codeEnum('ReportFormat', REPORT_FORMATS, 'File format of a report.', {
  PDF: 'A4 PDF with the tables and charts.',
  HTML: 'One self-contained HTML page with inline SVG charts (opens offline).',
  CSV: 'Every table of the report as CSV (RFC 4180), with machine values.',
});
export const ReportLocaleCode = codeEnum(
  'ReportLocale',
  REPORT_LOCALES,
  'Language of every text in the report, and how numbers and dates are written.',
  { id: 'Bahasa Indonesia: 1.234.567, 25 November 2026.', en: 'English: 1,234,567, 25 November 2026.' },
);
export const ReportJobStatusCode = codeEnum('ReportJobStatus', REPORT_JOB_STATUSES, 'Where a report job stands.', {
  QUEUED: 'Accepted, not started yet.',
  RUNNING: 'Figures or the file are being produced; see progress.',
  DONE: 'The file is ready at url.',
  FAILED: 'The job stopped; error says why. Request the report again.',
});

@ObjectType('ReportJob', {
  implements: NodeInterface,
  description:
    'A report produced in the background: poll it until status is DONE, then download url with the same bearer token.',
})
export class ReportJobObject implements NodeInterface {
  @Field(() => ID, {
    description: 'Global id of the job (Node): for node(id:) and reportJob(id:). Its UUID: reportJobId.',
  })
  id!: string;
  @Field(() => ID, { description: "The job's UUID, as in its download url." }) reportJobId!: string;
  @Field(() => ReportTypeCode, { description: 'Report type.' }) type!: ReportType;
  @Field(() => ReportFormatCode, { description: 'File format.' }) format!: ReportFormat;
  @Field(() => ReportLocaleCode, { description: 'Language of the report.' }) locale!: ReportLocale;
  @Field(() => ID, { description: 'Programme reported on.' }) programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Cohort reported on; null: every cohort.' }) cohortId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Region code prefix chosen; null: every region of the requester scope.',
  })
  regionPrefix!: string | null;
  @Field(() => [String], {
    description:
      'Region prefixes the figures are limited to (the chosen prefix, else the requester scope; * is every region).',
  })
  regionScope!: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'Facilitator whose caseload the weekly report is limited to; null: the whole area.',
  })
  facilitatorId!: string | null;
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'Last day of the period, YYYY-MM-DD (inclusive).' }) to!: string;
  @Field(() => ReportJobStatusCode, { description: 'Where the job stands.' }) status!: ReportJobStatus;
  @Field(() => Int, { description: 'Progress, 0-100.' }) progress!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Path of the finished file on this API (GET with the bearer token; managers, auditors and viewers whose ' +
      'scope covers the report), e.g. /reports/<reportJobId>.pdf; null until DONE.',
  })
  url!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the job failed; null otherwise.' }) error!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the report was requested.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the job finished (DONE or FAILED).' })
  finishedAt!: Date | null;
}
