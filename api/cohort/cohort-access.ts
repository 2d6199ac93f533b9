import { DomainError } from '../../domain/errors/error-codes';
import { ALL, programmeInScope, type Principal, type Scope } from '../../domain/staff/principal.rules';
import { outOfScope } from '../auth/scope';
import type { GraphQLContext } from '../context';

/** A cohort is the caller's to read when its programme is, and its region overlaps one of theirs. */
export function cohortReadable(scope: Scope, c: { programmeId: string; regionCode: string }): boolean {
  if (!programmeInScope(scope, c.programmeId)) return false;
  if (scope.regions.includes(ALL)) return true;
  return scope.regions.some((r) => c.regionCode.startsWith(r) || r.startsWith(c.regionCode));
}

/**
 * Scope rule COHORT: the cohort named by `cohortId` (or `input.id`) must be the caller's to read. An unknown or
 * malformed id is left to the resolver (COHORT_NOT_FOUND, VALIDATION_FAILED).
 */
export async function assertCohortInScope(ctx: GraphQLContext, principal: Principal, cohortId: unknown): Promise<void> {
  if (typeof cohortId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(cohortId)) return;
  const rows = await ctx.em
    .getConnection()
    .execute<{ programme_id: string; region_code: string }[]>(
      'select programme_id, region_code from cohort where id = ?',
      [cohortId],
    );
  if (
    rows[0] &&
    !cohortReadable(principal.scope, { programmeId: rows[0].programme_id, regionCode: rows[0].region_code })
  )
    throw outOfScope(`Cohort ${cohortId}`);
}

export const cohortNotFound = (id: string) => new DomainError('COHORT_NOT_FOUND', `No cohort ${id}`);
