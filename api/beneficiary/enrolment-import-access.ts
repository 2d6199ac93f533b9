import type { EntityManager } from '@mikro-orm/postgresql';
import { loadImport, type EnrolmentImportRow } from '../../db/enrolment-import/enrolment-import.store';
import { DomainError } from '../../domain/errors/error-codes';
import { isUuid } from '../../domain/shared/uuid';
import { programmeInScope, regionPrefixInScope, type Principal } from '../../domain/staff/principal.rules';

/**
 * An import's results name journeys of its programme, in the regions its requester could enrol in. A caller reads
 * an import whose programme is in their scope and whose requester's regions lie inside theirs; a facilitator reads
 * only the imports they started.
 */
export function importInScope(principal: Principal, job: EnrolmentImportRow): boolean {
  if (principal.role === 'facilitator' && job.requestedBy !== principal.userId) return false;
  return (
    programmeInScope(principal.scope, job.programmeId) &&
    job.requester.regions.every((p) => regionPrefixInScope(principal.scope, p))
  );
}

/** The import named by `id` when the caller may read it; null when the id names none. */
export async function importInScopeOf(
  em: EntityManager,
  principal: Principal,
  id: unknown,
): Promise<EnrolmentImportRow | null> {
  if (typeof id !== 'string' || !isUuid(id)) return null;
  const job = await loadImport(em, id.toLowerCase());
  if (job && !importInScope(principal, job))
    throw new DomainError('FORBIDDEN', `Enrolment import ${job.id} is outside your scope`);
  return job;
}
