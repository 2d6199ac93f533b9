import { memberOfRow, MEMBER_SELECT } from '../../db/group/group-read.sql';
import { inOtherLearningGroups, journeyFacts, lastLeaveDates, openMembers } from '../../db/group/group-membership.sql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import { admitMembers, leaveRefusal, roleChangeRefusal } from '../../domain/group/group-membership.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { localizedMessage } from '../errors/error-mapping';
import { deterministicUuid } from '../../db/shared/deterministic-id';
import { requireReason } from '../journey/journey-command.helpers';
import { runGroupCommand, type GroupAuditEntry, type GroupCommandTx } from './group-command.service';
import type { AddGroupMembersInput, ChangeGroupMemberRoleInput, EndGroupMembershipInput } from './group.input';
import type { AddGroupMembersResult } from './group-result.object';
import { groupOrFail } from './group-read.service';

interface StoredMemberResult {
  journeyId: string;
  applied: boolean;
  code: ErrorCode | null;
  message: string | null;
}

/** Candidates' journeys locked in one order, so concurrent joins to two learning groups see each other. */
async function lockJourneys(tx: GroupCommandTx, journeyIds: string[]): Promise<void> {
  for (const id of [...new Set(journeyIds)].sort())
    await tx.sql('select pg_advisory_xact_lock(hashtext(?))', [`group_journey:${id}`]);
}

/**
 * Journeys join a group, each decided on its own (domain/group/group-membership.rules.ts): the answer says per
 * member whether it joined, or the code that refused it. One audited row per member who joined; a retry with
 * the same key answers the same lines and adds nobody twice.
 */
export async function addGroupMembers(
  ctx: GraphQLContext,
  groupId: string,
  input: AddGroupMembersInput,
  idempotencyKey: string,
): Promise<AddGroupMembersResult> {
  const candidates = input.members.map((m) => ({
    journeyId: m.journeyId.toLowerCase(),
    role: m.role,
    joinedOn: m.joinedOn,
  }));
  const stored = await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.member.add',
    request: { members: candidates },
    async apply(tx) {
      const ids = candidates.map((c) => c.journeyId);
      if (tx.group.kind === 'LEARNING_GROUP') await lockJourneys(tx, ids);
      const decisions = admitMembers(tx.group, candidates, {
        open: await openMembers(tx.sql, tx.group.id),
        lastLeftOn: await lastLeaveDates(tx.sql, tx.group.id, ids),
        inOtherLearningGroup:
          tx.group.kind === 'LEARNING_GROUP' && tx.group.moduleTemplateId
            ? await inOtherLearningGroups(tx.sql, tx.group.id, tx.group.moduleTemplateId, ids)
            : new Set<string>(),
        journeys: await journeyFacts(tx.sql, ids),
      });
      const audit: GroupAuditEntry[] = [];
      for (const { candidate: c, refusal } of decisions) {
        if (refusal) continue;
        const membershipId = deterministicUuid('group-member', `${idempotencyKey}\u0000${c.journeyId}`);
        await tx.sql(
          `insert into group_member (id, group_id, journey_id, role, joined_on, created_by, created_at)
           values (?, ?, ?, ?, ?, ?, ?)`,
          [membershipId, tx.group.id, c.journeyId, c.role, c.joinedOn, tx.actorId, tx.at],
        );
        audit.push({ after: { membershipId, journeyId: c.journeyId, role: c.role, joinedOn: c.joinedOn } });
      }
      const members: StoredMemberResult[] = decisions.map(({ candidate, refusal }) => ({
        journeyId: candidate.journeyId,
        applied: refusal === null,
        code: refusal?.code ?? null,
        message: refusal?.message ?? null,
      }));
      return { result: { members }, audit };
    },
  });
  return {
    group: await groupOrFail(ctx, groupId),
    members: stored.members.map((m) => ({
      ...m,
      message: m.code ? localizedMessage({ code: m.code, message: m.message ?? '' }, ctx.locale).message : null,
    })),
  };
}

/** A current member leaves (audited group.member.end, with the reason); the membership keeps its dates. */
export async function endGroupMembership(
  ctx: GraphQLContext,
  groupId: string,
  input: EndGroupMembershipInput,
  idempotencyKey: string,
) {
  const reason = requireReason(input.reason);
  const journeyId = input.journeyId.toLowerCase();
  await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.member.end',
    request: { journeyId, leftOn: input.leftOn, reason },
    async apply(tx) {
      const [row] = await tx.sql(`${MEMBER_SELECT} where m.group_id = ? and m.journey_id = ? and m.left_on is null`, [
        tx.group.id,
        journeyId,
      ]);
      const membership = row ? memberOfRow(row) : null;
      const refusal = leaveRefusal(membership, journeyId, input.leftOn);
      if (refusal || !membership) throw new DomainError(refusal?.code ?? 'NOT_A_GROUP_MEMBER', refusal?.message);
      await tx.sql('update group_member set left_on = ?, leave_reason = ? where id = ?', [
        input.leftOn,
        reason,
        membership.id,
      ]);
      const after = { membershipId: membership.id, journeyId, role: membership.role, leftOn: input.leftOn };
      return { result: { membershipId: membership.id }, audit: [{ after, reason }] };
    },
  });
  return groupOrFail(ctx, groupId);
}

/** A current member takes another role (audited group.member.role); the same role again changes nothing. */
export async function changeGroupMemberRole(
  ctx: GraphQLContext,
  groupId: string,
  input: ChangeGroupMemberRoleInput,
  idempotencyKey: string,
) {
  const reason = requireReason(input.reason);
  const journeyId = input.journeyId.toLowerCase();
  await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.member.role',
    request: { journeyId, role: input.role, reason },
    async apply(tx) {
      const open = await openMembers(tx.sql, tx.group.id);
      const refusal = roleChangeRefusal(open, journeyId, input.role);
      if (refusal) throw new DomainError(refusal.code, refusal.message);
      const before = open.get(journeyId);
      if (before === input.role) return { result: { changed: false }, audit: [] };
      await tx.sql('update group_member set role = ? where group_id = ? and journey_id = ? and left_on is null', [
        input.role,
        tx.group.id,
        journeyId,
      ]);
      const audit = [{ before: { journeyId, role: before }, after: { journeyId, role: input.role }, reason }];
      return { result: { changed: true }, audit };
    },
  });
  return groupOrFail(ctx, groupId);
}
