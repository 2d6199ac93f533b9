import { ReportJobEntity } from '../../db/entities';
import { loadImport } from '../../db/enrolment-import/enrolment-import.store';
import { DomainError } from '../../domain/errors/error-codes';
import { assertFieldAccess } from '../auth/access.middleware';
import { inScope } from '../../domain/staff/principal.rules';
import { assertJourneyInScope } from '../auth/scope';
import { importInScopeOf } from '../beneficiary/enrolment-import-access';
import type { EnrolmentImportRow } from '../../db/enrolment-import/enrolment-import.store';
import type { EnrolmentImportChangeNotice } from '../../domain/live/live-change.types';
import { requirePrincipal } from '../http/actor';
import type { LiveContext } from './live-context';
import { liveStream } from './live-stream';

/**
 * The live streams. Each was checked by the access table when it started (api/schema.ts wraps
 * its subscribe); every event is checked again when it is sent, with the rows as committed then.
 */

/** A journey's steps; ends with FORBIDDEN if the journey leaves the caller's scope. */
export async function journeyChanges(ctx: LiveContext, journeyId: string) {
  if (!(await ctx.loaders.journey.load(journeyId))) throw new DomainError('NOT_FOUND', `No journey ${journeyId}`);
  return liveStream(
    ctx,
    'journey',
    (n) => n.journeyId === journeyId,
    async (_n, fresh) => {
      await assertFieldAccess(fresh, 'Subscription', 'journeyChanged', { journeyId });
      return true;
    },
  );
}

/**
 * Steps of the journeys the caller follows: a facilitator's own caseload, a coordinator's team, a
 * manager's programmes and regions. A journey outside them is skipped, never sent.
 */
export function caseloadChanges(ctx: LiveContext) {
  const principal = requirePrincipal(ctx.principal);
  const facilitator = principal.role === 'facilitator';
  return liveStream(
    ctx,
    'journey',
    (n) => (facilitator ? n.facilitatorId === principal.userId : inScope(principal.scope, n.programmeId, n.regionCode)),
    async (n, fresh) => {
      await assertFieldAccess(fresh, 'Subscription', 'caseloadChanged', {});
      const journey = await fresh.loaders.journey.load(n.journeyId);
      if (!journey || !inScope(principal.scope, journey.programmeId, journey.regionCode)) return false;
      if (facilitator && journey.facilitatorId !== principal.userId) return false;
      try {
        await assertJourneyInScope(fresh, n.journeyId);
      } catch (err) {
        if (err instanceof DomainError && err.code === 'FORBIDDEN') return false;
        throw err;
      }
      return true;
    },
  );
}

/**
 * A report job's status and progress: its current state first (it may have moved before the client
 * subscribed), then every change, until DONE or FAILED (then the stream completes).
 */
export async function reportJobChanges(ctx: LiveContext, id: string) {
  if (!(await ctx.em.findOne(ReportJobEntity, { id }))) throw new DomainError('NOT_FOUND', `No report job ${id}`);
  return liveStream(
    ctx,
    'reportJob',
    (n) => n.jobId === id,
    async (n, fresh) => {
      await assertFieldAccess(fresh, 'Subscription', 'reportJobChanged', { id });
      return n.status === 'DONE' || n.status === 'FAILED' ? 'last' : true;
    },
    async () => {
      const job = await ctx.em.fork().findOneOrFail(ReportJobEntity, { id });
      return [{ jobId: job.id, status: job.status, progress: job.progress }];
    },
  );
}

/** An import's notice as the stream sends it: with the row as committed when its scope was checked. */
export type ImportChange = EnrolmentImportChangeNotice & { row: EnrolmentImportRow };

/**
 * An enrolment import's status and counts, for the readers of enrolmentImport(importId:): its current state first,
 * then each page's results and its end (DONE or FAILED, then the stream completes). Ends with FORBIDDEN if the
 * import leaves the caller's scope.
 */
export async function enrolmentImportChanges(ctx: LiveContext, id: string) {
  const principal = requirePrincipal(ctx.principal);
  if (!(await importInScopeOf(ctx.em, principal, id))) throw new DomainError('NOT_FOUND', `No enrolment import ${id}`);
  const importId = id.toLowerCase();
  return liveStream(
    ctx,
    'enrolmentImport',
    (n) => n.importId === importId,
    async (n, fresh) => {
      await assertFieldAccess(fresh, 'Subscription', 'enrolmentImportChanged', { id });
      // The row read for the scope check is the one sent: the resolver builds the answer from it.
      const row = await importInScopeOf(fresh.em, principal, importId);
      if (!row) throw new DomainError('NOT_FOUND', `No enrolment import ${id}`);
      const value: ImportChange = { ...n, row };
      return { value, last: n.status === 'DONE' || n.status === 'FAILED' };
    },
    async () => {
      const job = await loadImport(ctx.em.fork(), importId);
      return job ? [{ importId: job.id, status: job.status }] : [];
    },
  );
}
