import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import type { GroupKind, GroupRole, GroupStatus } from '../../domain/group/group.rules';
import { ErrorCodeEnum } from '../errors/error-code-enum';
import { GroupKindCode, GroupRoleCode, GroupStatusCode } from './group-enums';
import { GroupObject } from './group.object';

@ObjectType({ description: 'What happened to one member of an addGroupMembers call.' })
export class GroupMemberResult {
  @Field(() => ID, { description: "The member's journey: its UUID (Journey.journeyId)." }) journeyId!: string;
  @Field({ description: 'True when the member joined (by this call, or the earlier one with the same key).' })
  applied!: boolean;
  @Field(() => ErrorCodeEnum, {
    nullable: true,
    description: 'Why not, when refused (e.g. GROUP_MEMBER_NOT_ELIGIBLE, GROUP_ROLE_TAKEN, ALREADY_A_GROUP_MEMBER).',
  })
  code!: ErrorCode | null;
  @Field(() => String, { nullable: true, description: 'The refusal in words, in the language of the request.' })
  message!: string | null;
}

@ObjectType({ description: 'The answer to addGroupMembers: the group as it is now, and one line per member sent.' })
export class AddGroupMembersResult {
  @Field(() => GroupObject, { description: 'The group after the call.' }) group!: GroupObject;
  @Field(() => [GroupMemberResult], { description: 'One result per member, in input order.' })
  members!: GroupMemberResult[];
}

@ObjectType({ description: "One of a journey's group memberships, current or past." })
export class JourneyGroupMembership {
  @Field(() => ID, { description: 'The group: its UUID (Group.groupId); groupId arguments take it.' })
  groupId!: string;
  @Field(() => GroupKindCode, { description: "The group's kind." }) kind!: GroupKind;
  @Field({ description: "The group's name." }) name!: string;
  @Field(() => GroupStatusCode, { description: "The group's status now." }) status!: GroupStatus;
  @Field(() => GroupRoleCode, { description: 'The role held in this membership.' }) role!: GroupRole;
  @Field(() => LocalDateResolver, { description: 'When the journey joined (YYYY-MM-DD).' }) joinedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'When it left; null while current.' })
  leftOn!: string | null;
}
