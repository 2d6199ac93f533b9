import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { ReportFormat, ReportLocale, ReportType } from '../../domain/report/report.types';
import { ReportFormatCode, ReportLocaleCode, ReportTypeCode } from './report-job.object';

@InputType({
  description: 'Which report, about what (programme, cohort, region, period), in which format and language.',
})
export class RequestReportInput {
  @Field(() => ReportTypeCode, { description: 'Report type.' }) type!: ReportType;
  @Field(() => ID, { description: 'Programme to report on; must be in your scope.' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Cohort (angkatan) to report on; omitted: every cohort.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  cohortId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Region code prefix to report on (e.g. 52 or 52.71), within your scope; omitted: every region of your scope.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,20}$/)
  regionPrefix?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'WEEKLY_FACILITATOR only: the facilitator (user id) whose caseload and narrative the report shows. A ' +
      "facilitator's report is always their own (another id: NOT_YOUR_CASELOAD); omitted by others: the whole area.",
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_@.:-]{1,128}$/)
  facilitatorId?: string | null;
  @Field(() => LocalDateResolver, { description: 'First day of the period, YYYY-MM-DD.' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from!: string;
  @Field(() => LocalDateResolver, {
    description: 'Last day of the period, YYYY-MM-DD (inclusive), not before from, at most 10 years after it.',
  })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to!: string;
  @Field(() => ReportFormatCode, { description: 'File format.' }) format!: ReportFormat;
  @Field(() => ReportLocaleCode, { description: 'Language of every text in the report.' })
  locale!: ReportLocale;
}
