import { DomainError, type ErrorCode } from '../../domain/errors/error-codes';
import { MAX_GROUP_CALL_KEY, type DatedMembership } from '../../domain/group/group-session.rules';
import type { ModuleRun } from '../../domain/journey/journey.types';
import { GroupEntity } from '../../db/entities';
import { auditQuery } from '../audit/audit-sql';
import { inScope } from '../../domain/staff/principal.rules';
import { assertJourneyInScope, outOfScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { failureOf } from '../shared/bulk-context';

/** A group call's key: its members' journey command keys add `:<journey UUID>` to it. */
export function assertGroupCallKey(key: string): void {
  if (!isIdempotencyKey(key) || key.length > MAX_GROUP_CALL_KEY)
    throw new DomainError(
      'VALIDATION_FAILED',
      `idempotencyKey must be 8-${MAX_GROUP_CALL_KEY} letters, digits or _-:.`,
    );
}

/**
 * The group a session call names, if the caller may run its sessions: its programme and region in the caller's
 * scope, and a facilitator only for a group they facilitate (a mentor's module assignment is checked by each
 * member's journey). An unknown group is NOT_FOUND.
 */
export async function groupForSessions(ctx: GraphQLContext, groupId: string): Promise<GroupEntity> {
  const principal = requirePrincipal(ctx.principal);
  const group = await ctx.em.findOne(GroupEntity, { id: groupId.toLowerCase() });
  if (!group) throw new DomainError('NOT_FOUND', `No group ${groupId}`);
  if (!inScope(principal.scope, group.programmeId, group.regionCode)) throw outOfScope(`Group ${group.id}`);
  if (principal.role === 'facilitator' && group.facilitatorId !== principal.userId)
    throw new DomainError('FORBIDDEN', `Group ${group.id} is facilitated by someone else`);
  return group;
}

/** Every membership of a group, dates as YYYY-MM-DD, in the order members joined. */
export async function groupMemberships(ctx: GraphQLContext, groupId: string): Promise<DatedMembership[]> {
  const rows = await auditQuery(
    ctx.em,
    `select journey_id, to_char(joined_on, 'YYYY-MM-DD') as joined_on, to_char(left_on, 'YYYY-MM-DD') as left_on
       from group_member where group_id = ? order by joined_on, created_at, id`,
    [groupId],
  );
  return rows.map((r) => ({
    journeyId: String(r.journey_id),
    joinedOn: String(r.joined_on),
    leftOn: typeof r.left_on === 'string' ? r.left_on : null,
  }));
}

/** The module runs of each existing journey among `ids`, from the read model (one statement). */
export async function journeyModules(ctx: GraphQLContext, ids: readonly string[]): Promise<Map<string, ModuleRun[]>> {
  if (ids.length === 0) return new Map();
  const rows = await auditQuery(
    ctx.em,
    `select id, state->'modules' as modules from journey where id in (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  return new Map(rows.map((r) => [String(r.id), (r.modules ?? []) as ModuleRun[]]));
}

/**
 * The members the caller may not act on, with why: each journey in the caller's programmes and regions, and a
 * facilitator's own caseload (the rule of the journey command itself). Loaded in one batch, checked one by one.
 */
export async function scopeRefusals(
  ctx: GraphQLContext,
  ids: readonly string[],
): Promise<Map<string, { code: ErrorCode; message: string }>> {
  await Promise.all([ctx.loaders.beneficiary.loadMany([...ids]), ctx.loaders.journey.loadMany([...ids])]);
  const refused = new Map<string, { code: ErrorCode; message: string }>();
  for (const id of ids) {
    try {
      await assertJourneyInScope(ctx, id, { ownCaseload: true });
    } catch (err) {
      refused.set(id, failureOf(ctx, err, { journeyId: id }));
    }
  }
  return refused;
}
