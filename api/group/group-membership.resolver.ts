import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AddGroupMembersInput, ChangeGroupMemberRoleInput, EndGroupMembershipInput } from './group.input';
import { GroupObject } from './group.object';
import { AddGroupMembersResult } from './group-result.object';
import { addGroupMembers, changeGroupMemberRole, endGroupMembership } from './group-membership.service';
import { GroupIdArg, GroupKeyArg } from './group-args';

/** Who is in a group, since when, and in which role: dated memberships, each change audited. */
@Resolver()
export class GroupMembershipResolver {
  @Mutation(() => AddGroupMembersResult, {
    description:
      'Journeys join a group, each decided on its own: the answer says per member applied or refused, and why ' +
      '(GROUP_MEMBER_NOT_ELIGIBLE, ALREADY_A_GROUP_MEMBER, GROUP_ROLE_TAKEN, IN_ANOTHER_LEARNING_GROUP, ' +
      'JOURNEY_PAUSED, JOURNEY_CLOSED, NOT_FOUND, VALIDATION_FAILED). A member who left may rejoin: a new ' +
      'membership, not before the earlier one ended.',
  })
  addGroupMembers(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => AddGroupMembersInput, { description: 'The members joining.' }) input: AddGroupMembersInput,
  ): Promise<AddGroupMembersResult> {
    return addGroupMembers(ctx, groupId, input, idempotencyKey);
  }

  @Mutation(() => GroupObject, {
    description: 'A current member leaves the group on a date, with a reason (audited); NOT_A_GROUP_MEMBER if none.',
  })
  endGroupMembership(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => EndGroupMembershipInput, { description: 'Who leaves, when and why.' })
    input: EndGroupMembershipInput,
  ): Promise<GroupObject> {
    return endGroupMembership(ctx, groupId, input, idempotencyKey);
  }

  @Mutation(() => GroupObject, {
    description:
      "A current member's new role, with a reason (audited); a decision role another member holds is " +
      'GROUP_ROLE_TAKEN (hand it over by changing that member first).',
  })
  changeGroupMemberRole(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => ChangeGroupMemberRoleInput, { description: 'Who, the new role and why.' })
    input: ChangeGroupMemberRoleInput,
  ): Promise<GroupObject> {
    return changeGroupMemberRole(ctx, groupId, input, idempotencyKey);
  }
}
