import { coordinatorOf } from '../../db/staff/coordinator-of';
import { sqlOf } from '../../db/shared/sql-rows';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import type { Principal } from '../../domain/staff/principal.rules';

type ScopeContext = Pick<GraphQLContext, 'principal' | 'loaders' | 'em'>;

/**
 * A field coordinator's (koordinator lapangan) scope is their team: the journeys held by the facilitators
 * whose active assignment names them as coordinator (staff_assignment.coordinator_id), within the
 * programmes and regions of their token. Fail closed: a journey of another team, or of no facilitator,
 * is FORBIDDEN.
 */
export async function assertJourneyInTeam(ctx: ScopeContext, principal: Principal, journeyId: string): Promise<void> {
  const journey = await ctx.loaders.journey.load(journeyId);
  const facilitatorId = journey?.facilitatorId ?? null;
  const coordinator =
    journey && facilitatorId ? await coordinatorOf(sqlOf(ctx.em), journey.programmeId, facilitatorId) : null;
  if (coordinator === null || coordinator !== principal.userId)
    throw new DomainError('FORBIDDEN', `Journey ${journeyId} is not held by a facilitator you coordinate`);
}

/**
 * SQL condition limiting journey rows (alias `j`) to a coordinator's team, with its bound parameter.
 * Other roles: none.
 */
export function teamConditions(principal: Principal | null | undefined): { where: string[]; params: unknown[] } {
  if (principal?.role !== 'coordinator') return { where: [], params: [] };
  return {
    where: [
      `exists (select 1 from staff_assignment s where s.user_id = j.facilitator_id ` +
        `and s.programme_id = j.programme_id and s.role = 'FACILITATOR' and s.active and s.coordinator_id = ?)`,
    ],
    params: [principal.userId],
  };
}
