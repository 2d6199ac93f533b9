import { coordinatorOf } from '../../db/staff/coordinator-of';
import { sqlOf } from '../../db/shared/sql-rows';
import { DomainError } from '../../domain/errors/error-codes';
import { isUuid } from '../../domain/shared/uuid';
import { inScope, type Principal } from '../../domain/staff/principal.rules';
import { outOfScope, scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';

type ScopeContext = Pick<GraphQLContext, 'em'>;

/** What decides who may act on a group: where it is and who facilitates it. */
export interface GroupPlace {
  id: string;
  programmeId: string;
  regionCode: string;
  facilitatorId: string;
}

/**
 * A group is the caller's when its programme and region are in their scope; a facilitator's only when they
 * facilitate it; a coordinator's only when they coordinate its facilitator (their team). FORBIDDEN otherwise.
 */
export async function assertGroupAccess(ctx: ScopeContext, principal: Principal, group: GroupPlace): Promise<void> {
  if (!inScope(principal.scope, group.programmeId, group.regionCode)) throw outOfScope(`Group ${group.id}`);
  if (principal.role === 'facilitator' && group.facilitatorId !== principal.userId)
    throw new DomainError('FORBIDDEN', `Group ${group.id} is facilitated by someone else`);
  if (
    principal.role === 'coordinator' &&
    (await coordinatorOf(sqlOf(ctx.em), group.programmeId, group.facilitatorId)) !== principal.userId
  )
    throw new DomainError('FORBIDDEN', `Group ${group.id} is not facilitated by a facilitator you coordinate`);
}

/**
 * Scope rule GROUP: the group named by `groupId` (or `id`) must be the caller's (assertGroupAccess). An unknown
 * or malformed id is left to the resolver (null, GROUP_NOT_FOUND or VALIDATION_FAILED).
 */
export async function assertGroupInScope(ctx: ScopeContext, principal: Principal, groupId: unknown): Promise<void> {
  if (typeof groupId !== 'string' || !isUuid(groupId)) return;
  const [row] = await sqlOf(ctx.em)(
    'select id, programme_id, region_code, facilitator_id from community_group where id = ?',
    [groupId.toLowerCase()],
  );
  if (!row) return;
  await assertGroupAccess(ctx, principal, {
    id: String(row.id),
    programmeId: String(row.programme_id),
    regionCode: String(row.region_code),
    facilitatorId: String(row.facilitator_id),
  });
}

/**
 * SQL conditions limiting group rows (alias `g`) to what the caller may read, bound parameters only: the
 * programmes and regions of their scope; a facilitator's own groups; a coordinator's team's groups.
 */
export function groupConditions(principal: Principal | null): { where: string[]; params: unknown[] } {
  const { where, params } = scopeConditions(principal?.scope, 'g.programme_id', 'g.region_code');
  if (principal?.role === 'facilitator') {
    where.push('g.facilitator_id = ?');
    params.push(principal.userId);
  }
  if (principal?.role === 'coordinator') {
    where.push(
      `exists (select 1 from staff_assignment s where s.user_id = g.facilitator_id ` +
        `and s.programme_id = g.programme_id and s.role = 'FACILITATOR' and s.active and s.coordinator_id = ?)`,
    );
    params.push(principal.userId);
  }
  return { where, params };
}
