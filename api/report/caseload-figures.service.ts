import { loadCaseloadCounts } from '../../db/reports/caseload-figures.sql';
import { sqlOf } from '../../db/shared/sql-rows';
import { DomainError } from '../../domain/errors/error-codes';
import { caseloadFigures, type CaseloadFigures } from '../../domain/report/caseload-figures.rules';
import type { Principal } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';

/**
 * Whose caseload a caller may read or report on: a facilitator only their own (another id is NOT_YOUR_CASELOAD);
 * a manager must name the facilitator (counts are limited to the manager's programme and regions).
 */
export function caseloadOwner(principal: Principal, facilitatorId: string | null | undefined): string {
  if (principal.role === 'facilitator') {
    if (facilitatorId && facilitatorId !== principal.userId)
      throw new DomainError('NOT_YOUR_CASELOAD', `Facilitator ${facilitatorId}'s caseload is not yours`);
    return principal.userId;
  }
  if (!facilitatorId) throw new DomainError('VALIDATION_FAILED', 'facilitatorId is required unless you are one');
  return facilitatorId;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** myCaseloadFigures: the caseload figures of the caller (a facilitator) or of a facilitator a manager names. */
export async function myCaseloadFigures(
  ctx: GraphQLContext,
  args: { programmeId: string; from: string; to: string; facilitatorId?: string | null },
): Promise<CaseloadFigures> {
  const principal = requirePrincipal(ctx.principal);
  const facilitatorId = caseloadOwner(principal, args.facilitatorId);
  if (!DAY.test(args.from) || !DAY.test(args.to) || args.to < args.from)
    throw new DomainError('VALIDATION_FAILED', 'from and to must be YYYY-MM-DD, to not before from');
  const about = { facilitatorId, programmeId: args.programmeId, from: args.from, to: args.to };
  const counts = await loadCaseloadCounts(sqlOf(ctx.em), { ...about, scopeRegionPrefixes: principal.scope.regions });
  return caseloadFigures(about, counts);
}
