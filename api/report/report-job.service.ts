import { randomUUID } from 'node:crypto';
import { ProgrammeEntity, ReportJobEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import { fileExtension } from '../../domain/report/report-file';
import { reportWorkflowId, type ReportWorkflowInput } from '../../workflows/report/report.messages';
import { ALL } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { deterministicUuid, isIdempotencyKey } from '../../db/shared/deterministic-id';
import { fromTemporalError, isAlreadyStarted } from '../../db/journey/temporal-errors';
import { reportJobInScope, reportRegionScope } from './report-access';
import { toGlobalId } from '../node/global-id';
import type { ReportJobObject } from './report-job.object';
import type { RequestReportInput } from './request-report.input';

const MAX_DAYS = 3660;

export function toReportJobObject(job: ReportJobEntity): ReportJobObject {
  return {
    id: toGlobalId('ReportJob', job.id),
    reportJobId: job.id,
    type: job.type,
    format: job.format,
    locale: job.locale,
    programmeId: job.programmeId,
    cohortId: job.cohortId,
    regionPrefix: job.regionPrefix,
    regionScope: job.regionScope,
    facilitatorId: job.facilitatorId,
    from: String(job.periodFrom).slice(0, 10),
    to: String(job.periodTo).slice(0, 10),
    status: job.status,
    progress: job.progress,
    url: job.status === 'DONE' ? `/reports/${job.id}.${fileExtension(job.format)}` : null,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

const sameRequest = (
  job: ReportJobEntity,
  input: RequestReportInput,
  regionScope: string[],
  facilitatorId: string | null,
) =>
  job.type === input.type &&
  job.format === input.format &&
  job.locale === input.locale &&
  job.programmeId === input.programmeId &&
  job.cohortId === (input.cohortId ?? null) &&
  job.regionPrefix === (input.regionPrefix ?? null) &&
  job.regionScope.join() === regionScope.join() &&
  job.facilitatorId === facilitatorId &&
  String(job.periodFrom).slice(0, 10) === input.from &&
  String(job.periodTo).slice(0, 10) === input.to;

/**
 * Records the job (its id derived from the caller and the idempotency key, so a retry answers the
 * same job) and starts its workflow `report-<id>`. A key reused for another report is refused.
 */
export async function requestReport(
  ctx: GraphQLContext,
  input: RequestReportInput,
  idempotencyKey: string,
): Promise<ReportJobObject> {
  const principal = ctx.principal!;
  if (!isIdempotencyKey(idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
  if (!(days >= 0 && days <= MAX_DAYS))
    throw new DomainError('VALIDATION_FAILED', `to must not be before from, and the period at most ${MAX_DAYS} days`);
  if (!(await ctx.em.findOne(ProgrammeEntity, { id: input.programmeId })))
    throw new DomainError('NOT_FOUND', `No programme ${input.programmeId}`);
  const facilitatorId = principal.role === 'facilitator' ? principal.userId : (input.facilitatorId ?? null);
  if (facilitatorId && input.type !== 'WEEKLY_FACILITATOR')
    throw new DomainError('VALIDATION_FAILED', 'facilitatorId applies to the WEEKLY_FACILITATOR report only');
  const id = deterministicUuid('report-job', `${principal.userId}\u0000${idempotencyKey}`);
  const regionScope = reportRegionScope(principal, input.regionPrefix);
  await ctx.em.getConnection().execute(
    `insert into report_job (id, requested_by, requested_role, idempotency_key, type, format, locale, programme_id,
      cohort_id, region_prefix, region_scope, period_from, period_to, facilitator_id)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) on conflict (id) do nothing`,
    [
      id,
      principal.userId,
      principal.role,
      idempotencyKey,
      input.type,
      input.format,
      input.locale,
      input.programmeId,
      input.cohortId ?? null,
      input.regionPrefix ?? null,
      `{${regionScope.map((r) => `"${r}"`).join(',')}}`,
      input.from,
      input.to,
      facilitatorId,
    ],
  );
  const job = await ctx.em.findOneOrFail(ReportJobEntity, { id }, { refresh: true });
  if (!sameRequest(job, input, regionScope, facilitatorId)) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  try {
    await ctx.temporal.workflow.start('reportWorkflow', {
      workflowId: reportWorkflowId(id),
      taskQueue: ctx.config.taskQueue,
      args: [{ jobId: id } satisfies ReportWorkflowInput],
    });
  } catch (err) {
    if (!isAlreadyStarted(err)) throw fromTemporalError(err, () => false);
  }
  ctx.logger.info(
    { reportJobId: id, type: input.type, format: input.format, requestId: ctx.requestId ?? randomUUID() },
    'report requested',
  );
  return toReportJobObject(job);
}

export async function reportJob(ctx: GraphQLContext, id: string): Promise<ReportJobObject | null> {
  const job = await reportJobInScope(ctx.em, ctx.principal!, id);
  return job ? toReportJobObject(job) : null;
}

/** Jobs the caller may read (programme and every region in their scope), newest first, from PostgreSQL. */
export async function reportJobs(
  ctx: GraphQLContext,
  programmeId: string | null,
  first: number,
): Promise<ReportJobObject[]> {
  if (first < 1 || first > 200) throw new DomainError('VALIDATION_FAILED', 'first must be 1-200');
  const { programmes, regions } = ctx.principal!.scope;
  const where: string[] = [];
  const params: unknown[] = [];
  if (ctx.principal!.role === 'facilitator') {
    // A facilitator's own weekly reports only.
    where.push('facilitator_id = ?');
    params.push(ctx.principal!.userId);
  }
  if (programmeId) {
    where.push('programme_id = ?');
    params.push(programmeId);
  }
  if (!programmes.includes(ALL)) {
    where.push(`programme_id in (${programmes.map(() => '?').join(', ')})`);
    params.push(...programmes);
  }
  if (!regions.includes(ALL)) {
    // Every region the report covers starts with one of the caller's prefixes (`*` with none).
    where.push(`not exists (select 1 from unnest(region_scope) p where not (p <> '*' and p like any (?::text[])))`);
    params.push(`{${regions.map((r) => `"${r.replace(/[\\%_"]/g, (c) => `\\${c}`)}%"`).join(',')}}`);
  }
  const rows = await ctx.em.getConnection().execute<{ id: string }[]>(
    `select id from report_job${where.length ? ` where ${where.join(' and ')}` : ''} order by created_at desc, id desc
       limit ?`,
    [...params, first],
  );
  const jobs = await ctx.em.find(
    ReportJobEntity,
    { id: { $in: rows.map((r) => r.id) } },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return jobs.map(toReportJobObject);
}
