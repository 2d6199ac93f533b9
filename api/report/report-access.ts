import type { EntityManager } from '@mikro-orm/postgresql';
import { ReportJobEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import { ALL, programmeInScope, regionPrefixInScope, type Principal } from '../../domain/staff/principal.rules';
import { outOfScope } from '../auth/scope';
import { isUuid } from '../../domain/shared/uuid';

/**
 * Reports are aggregate figures of a programme and an area. A report is requested within the
 * caller's scope (its programme, and its region prefix inside one of theirs; without a prefix it
 * covers the caller's own regions), and read or downloaded only by a caller whose scope covers
 * the report's programme and every region it was computed over. A facilitator requests only the weekly report of
 * their own caseload (the job's facilitatorId is theirs) and reads only such jobs of their own.
 */
export const isReportJobId = (id: unknown): id is string => typeof id === 'string' && isUuid(id);

const prefixInScope = regionPrefixInScope;

/** The regions a new report is computed over: the chosen prefix, else the caller's region prefixes. */
export function reportRegionScope(principal: Principal, regionPrefix: string | null | undefined): string[] {
  if (regionPrefix) return [regionPrefix];
  return principal.scope.regions.includes(ALL) ? [ALL] : [...principal.scope.regions];
}

export function assertReportRequestInScope(
  principal: Principal,
  input: { programmeId?: unknown; regionPrefix?: unknown; type?: unknown; facilitatorId?: unknown } | undefined,
): void {
  if (!input || typeof input.programmeId !== 'string') return; // malformed input: the schema and validation answer
  if (!programmeInScope(principal.scope, input.programmeId)) throw outOfScope(`Programme ${input.programmeId}`);
  if (
    typeof input.regionPrefix === 'string' &&
    input.regionPrefix &&
    !prefixInScope(principal.scope, input.regionPrefix)
  )
    throw outOfScope(`Region ${input.regionPrefix}`);
  if (principal.role === 'facilitator') {
    // A facilitator reports on their own caseload, in the weekly facilitator report only.
    if (typeof input.facilitatorId === 'string' && input.facilitatorId && input.facilitatorId !== principal.userId)
      throw new DomainError('NOT_YOUR_CASELOAD', `Facilitator ${input.facilitatorId}'s caseload is not yours`);
    if (input.type !== 'WEEKLY_FACILITATOR')
      throw new DomainError('FORBIDDEN', 'Facilitators request the WEEKLY_FACILITATOR report of their own caseload');
  }
}

export function reportInScope(
  principal: Principal,
  job: Pick<ReportJobEntity, 'programmeId' | 'regionScope' | 'facilitatorId'>,
): boolean {
  if (principal.role === 'facilitator' && job.facilitatorId !== principal.userId) return false;
  return (
    programmeInScope(principal.scope, job.programmeId) &&
    job.regionScope.every((p) => prefixInScope(principal.scope, p))
  );
}

export function assertReportInScope(principal: Principal, job: ReportJobEntity): void {
  if (!reportInScope(principal, job))
    throw new DomainError('FORBIDDEN', `Report ${job.id} covers programmes or regions outside your scope`);
}

/** The job named by `id`, checked against the caller's scope; null when the id names none. */
export async function reportJobInScope(
  em: EntityManager,
  principal: Principal,
  id: unknown,
): Promise<ReportJobEntity | null> {
  if (!isReportJobId(id)) return null;
  const job = await em.findOne(ReportJobEntity, { id: id.toLowerCase() });
  if (job) assertReportInScope(principal, job);
  return job;
}
