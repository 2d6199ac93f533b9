import { createHash } from 'node:crypto';
import { CohortEntity, ProgrammeEntity } from '../../db/entities';
import { insertImport, listImports, type EnrolmentImportRow } from '../../db/enrolment-import/enrolment-import.store';
import { DomainError } from '../../domain/errors/error-codes';
import {
  ENROLMENT_IMPORT_WORKFLOW,
  enrolmentImportWorkflowId,
  type EnrolmentImportWorkflowInput,
} from '../../workflows/enrolment-import/enrolment-import.messages';
import { ALL } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { deterministicUuid, isIdempotencyKey } from '../../db/shared/deterministic-id';
import { fromTemporalError, isAlreadyStarted } from '../../db/journey/temporal-errors';
import { importInScope, importInScopeOf } from './enrolment-import-access';
import { readImportFile } from '../../db/enrolment-import/enrolment-import-file';
import type { EnrolmentImportObject } from './enrolment-import.object';

export interface StartImportArgs {
  csv: string;
  programmeId: string;
  cohortId?: string;
  idempotencyKey: string;
}

export function toImportObject(job: EnrolmentImportRow): EnrolmentImportObject {
  return {
    importId: job.id,
    programmeId: job.programmeId,
    cohortId: job.cohortId,
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    progress: job.totalRows ? Math.floor((100 * job.processedRows) / job.totalRows) : 100,
    enrolled: job.enrolled,
    refused: job.refused,
    alreadyEnrolled: job.alreadyEnrolled,
    resultUrl: job.status === 'DONE' ? `/enrolment-imports/${job.id}.csv` : null,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/**
 * Checks the file at once (parse, header, at least one data row: a bad file stores nothing), stores it sealed with
 * the field cipher (it holds NIKs, names and phones) on a new import row whose id derives from the caller and the
 * idempotency key (a retry answers the same import; the key with another file: IDEMPOTENCY_KEY_REUSED), and starts
 * `enrolment-import-<id>` with the id only. Answers before any row is applied.
 */
export async function startEnrolmentImport(ctx: GraphQLContext, args: StartImportArgs): Promise<EnrolmentImportObject> {
  const principal = ctx.principal!;
  if (!isIdempotencyKey(args.idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  if (args.cohortId && !/^[A-Za-z0-9_-]{1,64}$/.test(args.cohortId))
    throw new DomainError('VALIDATION_FAILED', 'cohortId must be 1-64 letters, digits, _ or -');
  const { rows } = readImportFile(args.csv);
  if (!(await ctx.em.findOne(ProgrammeEntity, { id: args.programmeId })))
    throw new DomainError('NOT_FOUND', `No programme ${args.programmeId}`);
  if (args.cohortId && !(await ctx.em.findOne(CohortEntity, { id: args.cohortId, programmeId: args.programmeId })))
    throw new DomainError('COHORT_NOT_FOUND', `No cohort ${args.cohortId} in programme ${args.programmeId}`);
  const id = deterministicUuid('enrolment-import', `${principal.userId}\u0000${args.idempotencyKey}`);
  const csvSha256 = createHash('sha256').update(args.csv).digest('hex');
  const job = await insertImport(ctx.em, {
    id,
    requester: { userId: principal.userId, role: principal.role, ...principal.scope },
    idempotencyKey: args.idempotencyKey,
    programmeId: args.programmeId,
    cohortId: args.cohortId ?? null,
    locale: ctx.locale,
    csvSealed: ctx.cipher.encrypt(args.csv),
    csvSha256,
    totalRows: rows.length,
  });
  if (job.csvSha256 !== csvSha256 || job.programmeId !== args.programmeId || job.cohortId !== (args.cohortId ?? null))
    throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  try {
    await ctx.temporal.workflow.start(ENROLMENT_IMPORT_WORKFLOW, {
      workflowId: enrolmentImportWorkflowId(id),
      taskQueue: ctx.config.taskQueue,
      args: [{ importId: id } satisfies EnrolmentImportWorkflowInput],
    });
  } catch (err) {
    if (!isAlreadyStarted(err)) throw fromTemporalError(err, () => false);
  }
  ctx.logger.info({ importId: id, rows: rows.length, programmeId: args.programmeId }, 'enrolment import started');
  return toImportObject(job);
}

export async function enrolmentImport(ctx: GraphQLContext, id: string): Promise<EnrolmentImportObject | null> {
  const job = await importInScopeOf(ctx.em, ctx.principal!, id);
  return job ? toImportObject(job) : null;
}

/** Imports of a programme (and cohort) the caller may read, newest first; a facilitator's own only. */
export async function enrolmentImports(
  ctx: GraphQLContext,
  programmeId: string,
  cohortId: string | null,
  first: number,
): Promise<EnrolmentImportObject[]> {
  if (first < 1 || first > 200) throw new DomainError('VALIDATION_FAILED', 'first must be 1-200');
  const principal = ctx.principal!;
  const where = ['programme_id = ?'];
  const params: unknown[] = [programmeId];
  if (cohortId) {
    where.push('cohort_id = ?');
    params.push(cohortId);
  }
  if (principal.role === 'facilitator') {
    where.push('requested_by = ?');
    params.push(principal.userId);
  }
  // Regions are checked row by row below: a requester's scope is a short list of prefixes.
  const jobs = await listImports(ctx.em, where, params, principal.scope.regions.includes(ALL) ? first : 200);
  return jobs
    .filter((j) => importInScope(principal, j))
    .slice(0, first)
    .map(toImportObject);
}
