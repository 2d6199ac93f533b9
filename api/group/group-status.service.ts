import { DomainError } from '../../domain/errors/error-codes';
import { canChangeGroupStatus } from '../../domain/group/group.rules';
import type { GraphQLContext } from '../context';
import { requireReason } from '../journey/journey-command.helpers';
import { runGroupCommand } from './group-command.service';
import type { GroupObject } from './group.object';
import type { ChangeGroupStatusInput } from './group.input';
import { groupOrFail } from './group-read.service';

/**
 * Moves a group along its lifecycle (canChangeGroupStatus; GROUP_STATUS_CHANGE_NOT_ALLOWED otherwise), with a
 * reason (audited group.status). Dissolving it ends its current memberships that day (UTC), never before a
 * member joined; each ended membership is audited as group.member.end.
 */
export async function changeGroupStatus(
  ctx: GraphQLContext,
  groupId: string,
  input: ChangeGroupStatusInput,
  idempotencyKey: string,
): Promise<GroupObject> {
  const reason = requireReason(input.reason);
  await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.status',
    request: { status: input.status, reason },
    needsOpenGroup: false,
    async apply({ sql, group, at }) {
      if (!canChangeGroupStatus(group.status, input.status))
        throw new DomainError(
          'GROUP_STATUS_CHANGE_NOT_ALLOWED',
          `Group ${group.id} cannot move from ${group.status} to ${input.status}`,
        );
      await sql('update community_group set status = ?, status_changed_at = ? where id = ?', [
        input.status,
        at,
        group.id,
      ]);
      const ended =
        input.status === 'DISSOLVED'
          ? await sql(
              `update group_member set left_on = greatest(?::date, joined_on), leave_reason = ?
                where group_id = ? and left_on is null returning id, journey_id, role, left_on::text as left_on`,
              [at.toISOString().slice(0, 10), reason, group.id],
            )
          : [];
      const audit = [
        { before: { status: group.status }, after: { status: input.status, membershipsEnded: ended.length }, reason },
        ...ended.map((m) => ({
          action: 'group.member.end' as const,
          after: { membershipId: m.id, journeyId: m.journey_id, role: m.role, leftOn: m.left_on },
          reason,
        })),
      ];
      return { result: { status: input.status }, audit };
    },
  });
  return groupOrFail(ctx, groupId);
}
