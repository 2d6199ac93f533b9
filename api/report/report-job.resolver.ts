import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ReportJobObject } from './report-job.object';
import { reportJob, reportJobs, requestReport } from './report-job.service';
import { RequestReportInput } from './request-report.input';

/**
 * Reports as background jobs: request, poll, list (from PostgreSQL). Managers, auditors and viewers, within their
 * scope.
 */
@Resolver()
export class ReportJobResolver {
  @Mutation(() => ReportJobObject, {
    description:
      'Requests a report (computed and rendered in the background); poll reportJob(id) until DONE, then GET ' +
      'its url with the same bearer token. The same idempotencyKey answers the same job.',
  })
  requestReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestReportInput, { description: 'Which report, about what, in which format and language.' })
    input: RequestReportInput,
    @Arg('idempotencyKey', {
      description:
        'Client key, 8-128 letters, digits or _-:.; a retry with the same key answers the same job; reused for ' +
        'another report: IDEMPOTENCY_KEY_REUSED.',
    })
    idempotencyKey: string,
  ): Promise<ReportJobObject> {
    return requestReport(ctx, input, idempotencyKey);
  }

  @Query(() => ReportJobObject, {
    nullable: true,
    description: 'A report job with its status, progress and (when DONE) the url of its file; null if there is none.',
  })
  reportJob(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The job: its id (ReportJob.id), or its UUID (ReportJob.reportJobId).' })
    id: string,
  ): Promise<ReportJobObject | null> {
    return reportJob(ctx, id);
  }

  @Query(() => [ReportJobObject], {
    description: 'Report jobs whose programme and regions are in your scope, newest first.',
  })
  reportJobs(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, {
      nullable: true,
      description: 'Only this programme; omitted: every programme in scope.',
    })
    programmeId?: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1-200.' }) first = 20,
  ): Promise<ReportJobObject[]> {
    return reportJobs(ctx, programmeId ?? null, first);
  }
}
