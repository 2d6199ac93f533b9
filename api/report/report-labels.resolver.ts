import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { REPORT_TEXT } from '../../domain/report/report-text';
import type { GraphQLContext } from '../context';
import { labelDescription as d, requiredLabel } from '../i18n/label-field';
import { ReportJobObject } from './report-job.object';

/** `<code>Label` fields of a report job, in the request's language (see api/i18n/label-field.ts). */
@Resolver(() => ReportJobObject)
export class ReportJobLabelsResolver {
  @FieldResolver(() => String, {
    description: d(
      'The report type (its title in the report catalogue)',
      'Laporan Kemajuan Triwulanan',
      'Quarterly Progress Report',
    ),
  })
  typeLabel(@Root() j: ReportJobObject, @Ctx() ctx: GraphQLContext): string {
    return REPORT_TEXT[ctx.locale].reportTitle[j.type] ?? j.type;
  }

  @FieldResolver(() => String, { description: d('Where the job stands', 'Sedang dibuat', 'Being produced') })
  statusLabel(@Root() j: ReportJobObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'reportJobStatus', j.status);
  }
}
