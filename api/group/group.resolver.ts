import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GroupKind, GroupStatus } from '../../domain/group/group.rules';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { GroupIdArg, GroupKeyArg } from './group-args';
import { GroupConnection } from './group-connection.object';
import { createGroup } from './group-create.service';
import { GroupKindCode, GroupStatusCode } from './group-enums';
import { ChangeGroupStatusInput, CreateGroupInput } from './group.input';
import { GroupObject } from './group.object';
import { findGroup, listGroups } from './group-read.service';
import { changeGroupStatus } from './group-status.service';

/** Groups (kelompok): read from PostgreSQL; formed and moved along their lifecycle by the programme office. */
@Resolver(() => GroupObject)
export class GroupResolver {
  @Query(() => GroupObject, {
    nullable: true,
    description: 'One group with its members, plan, capital and reports; null when there is none.',
  })
  group(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The group: its id (Group.id), or its UUID (Group.groupId).' }) id: string,
  ): Promise<GroupObject | null> {
    requireActor(ctx.actor);
    return findGroup(ctx, id);
  }

  @Query(() => GroupConnection, {
    description:
      "A programme's groups you may see (your regions; a facilitator's own, a coordinator's team's), newest " +
      'formed first.',
  })
  groups(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'The programme (program).' }) programmeId: string,
    @Arg('cohortId', () => ID, { nullable: true, description: 'Only groups formed in this cohort.' })
    cohortId: string | undefined,
    @Arg('kind', () => GroupKindCode, { nullable: true, description: 'Only groups of this kind.' })
    kind: GroupKind | undefined,
    @Arg('status', () => GroupStatusCode, { nullable: true, description: 'Only groups with this status.' })
    status: GroupStatus | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "A cursor from this list's pageInfo.endCursor." })
    after: string | undefined,
  ): Promise<GroupConnection> {
    requireActor(ctx.actor);
    return listGroups(ctx, { programmeId, cohortId, kind, status, first, after });
  }

  @Mutation(() => GroupObject, {
    description:
      'Forms a group (status FORMED; audited). A LEARNING_GROUP names a module template of the programme rules ' +
      '(UNKNOWN_MODULE otherwise); a facilitator forms groups they facilitate, a coordinator those of their team.',
  })
  createGroup(
    @Ctx() ctx: GraphQLContext,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => CreateGroupInput, { description: 'The group.' }) input: CreateGroupInput,
  ): Promise<GroupObject> {
    return createGroup(ctx, input, idempotencyKey);
  }

  @Mutation(() => GroupObject, {
    description:
      'Moves a group to one of its nextStatuses, with a reason (audited); any other move is ' +
      'GROUP_STATUS_CHANGE_NOT_ALLOWED. DISSOLVED is final and ends the current memberships that day.',
  })
  changeGroupStatus(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => ChangeGroupStatusInput, { description: 'The new status and why.' })
    input: ChangeGroupStatusInput,
  ): Promise<GroupObject> {
    return changeGroupStatus(ctx, groupId, input, idempotencyKey);
  }
}
