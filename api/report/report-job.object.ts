import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REPORT_FORMATS, REPORT_LOCALES, REPORT_TYPES } from '../../domain/report/report.types';
import { NodeInterface } from '../node/node.interface';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ReportTypeCode = enumOf(REPORT_TYPES);
export const ReportFormatCode = enumOf(REPORT_FORMATS);
export const ReportLocaleCode = enumOf(REPORT_LOCALES);
export const ReportJobStatusCode = enumOf(['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const);

registerEnumType(ReportTypeCode, {
  name: 'ReportType',
  description: 'Report types of the M&E chapter.',
  valuesConfig: {
    WEEKLY_FACILITATOR: {
      description: 'Weekly facilitator report: participation, activities, overdue steps per facilitator.',
    },
    MONTHLY_PROGRESS: {
      description:
        'Monthly progress report: executive summary, activities, target vs realisation (with the previous ' +
        'month), charts, disaggregated data, follow-up plan.',
    },
    QUARTERLY_PROGRESS: {
      description: 'Quarterly progress report: as the monthly one, compared with the previous quarter.',
    },
    FINAL: {
      description:
        'Final report: every indicator by logframe level, target achievement, charts, before/after comparison, ' +
        'limitations.',
    },
    IMPACT: {
      description: 'Impact report: before/after comparison, income change, disaggregated outcomes, limitations.',
    },
  },
});
registerEnumType(ReportFormatCode, {
  name: 'ReportFormat',
  description: 'File format of a report.',
  valuesConfig: {
    PDF: { description: 'A4 PDF with the tables and charts.' },
    HTML: { description: 'One self-contained HTML page with inline SVG charts (opens offline).' },
    CSV: { description: 'Every table of the report as CSV (RFC 4180), with machine values.' },
  },
});
registerEnumType(ReportLocaleCode, {
  name: 'ReportLocale',
  description: 'Language of every text in the report, and how numbers and dates are written.',
  valuesConfig: {
    id: { description: 'Bahasa Indonesia: 1.234.567, 25 November 2026.' },
    en: { description: 'English: 1,234,567, 25 November 2026.' },
  },
});
registerEnumType(ReportJobStatusCode, {
  name: 'ReportJobStatus',
  description: 'Where a report job stands.',
  valuesConfig: {
    QUEUED: { description: 'Accepted, not started yet.' },
    RUNNING: { description: 'Figures or the file are being produced; see progress.' },
    DONE: { description: 'The file is ready at url.' },
    FAILED: { description: 'The job stopped; error says why. Request the report again.' },
  },
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
  @Field(() => ReportTypeCode, { description: 'Report type.' }) type!: string;
  @Field(() => ReportFormatCode, { description: 'File format.' }) format!: string;
  @Field(() => ReportLocaleCode, { description: 'Language of the report.' }) locale!: string;
  @Field(() => ID, { description: 'Programme reported on.' }) programmeId!: string;
  @Field(() => String, { nullable: true, description: 'Cohort reported on; null: every cohort.' }) cohortId!:
    string | null;
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
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'Last day of the period, YYYY-MM-DD (inclusive).' }) to!: string;
  @Field(() => ReportJobStatusCode, { description: 'Where the job stands.' }) status!: string;
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
