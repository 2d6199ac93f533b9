import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { BusinessActivity } from '../../domain/group/group-business.rules';
import type { CapitalSource, GroupKind, GroupRole, GroupStatus } from '../../domain/group/group.rules';
import { BusinessActivityCode, CapitalSourceCode, GroupKindCode, GroupRoleCode, GroupStatusCode } from './group-enums';

/** The most members one addGroupMembers call takes. */
export const MAX_MEMBERS_PER_CALL = 100;

@InputType({ description: 'A new group; it starts FORMED.' })
export class CreateGroupInput {
  @Field(() => GroupKindCode, { description: 'What the group is for.' }) kind!: GroupKind;
  @Field(() => ID, { description: 'The programme (program) in your scope.' }) programmeId!: string;
  @Field(() => ID, { nullable: true, description: "The cohort it is formed in (its region must cover the group's)." })
  cohortId?: string | null;
  @Field({ description: 'BPS region code of the group (e.g. 52.71.01), covered by the programme and your scope.' })
  regionCode!: string;
  @Field({ description: 'Its name, 1-200 characters (not a person).' }) name!: string;
  @Field(() => ID, { description: 'The facilitator who accompanies it (a facilitator names themselves).' })
  facilitatorId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "For a LEARNING_GROUP, required: a module template of the programme's rules; none for others.",
  })
  moduleTemplateId?: string | null;
  @Field(() => LocalDateResolver, { description: 'When it was formed (YYYY-MM-DD).' }) formedOn!: string;
  @Field(() => Int, { defaultValue: 4, description: 'Meetings it plans per month (0-31; 4 by default).' })
  plannedMeetingsPerMonth!: number;
}

@InputType({ description: 'A change of status, with the reason.' })
export class ChangeGroupStatusInput {
  @Field(() => GroupStatusCode, { description: 'The new status (one of Group.nextStatuses).' }) status!: GroupStatus;
  @Field({ description: 'Why, for the audit log (3-500 characters).' }) reason!: string;
}

@InputType({ description: 'A journey joining a group.' })
export class GroupMemberInput {
  @Field(() => ID, { description: 'The journey: its id (Journey.id) or UUID (Journey.journeyId).' })
  journeyId!: string;
  @Field(() => GroupRoleCode, { defaultValue: 'MEMBER', description: 'Its role (MEMBER by default).' })
  role!: GroupRole;
  @Field(() => LocalDateResolver, { description: 'When it joined: not before the group was formed.' })
  joinedOn!: string;
}

@InputType({ description: 'Journeys joining a group, each decided on its own.' })
export class AddGroupMembersInput {
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MEMBERS_PER_CALL)
  @Field(() => [GroupMemberInput], { description: `The members, 1-${MAX_MEMBERS_PER_CALL}.` })
  members!: GroupMemberInput[];
}

@InputType({ description: 'A current member leaving the group.' })
export class EndGroupMembershipInput {
  @Field(() => ID, { description: 'The journey: its id (Journey.id) or UUID (Journey.journeyId).' })
  journeyId!: string;
  @Field(() => LocalDateResolver, { description: 'When it left: not before it joined.' }) leftOn!: string;
  @Field({ description: 'Why, for the audit log (3-500 characters).' }) reason!: string;
}

@InputType({ description: "A current member's new role." })
export class ChangeGroupMemberRoleInput {
  @Field(() => ID, { description: 'The journey: its id (Journey.id) or UUID (Journey.journeyId).' })
  journeyId!: string;
  @Field(() => GroupRoleCode, { description: 'The new role; a decision role held by another member is refused.' })
  role!: GroupRole;
  @Field({ description: 'Why, for the audit log (3-500 characters).' }) reason!: string;
}

@InputType({ description: "A business group's plan (it replaces an earlier one)." })
export class BusinessPlanInput {
  @Field(() => BusinessActivityCode, { description: 'What the business does.' }) activity!: BusinessActivity;
  @Field(() => Float, { description: 'Capital the plan needs, rupiah, above 0.' }) plannedCapital!: number;
  @Field(() => Float, { description: 'Revenue expected per month, rupiah, above 0.' }) expectedMonthlyRevenue!: number;
  @Field(() => LocalDateResolver, { description: 'When it was presented: not before the group was formed.' })
  presentedOn!: string;
}

@InputType({ description: 'Capital a business group received.' })
export class GroupCapitalInput {
  @Field(() => CapitalSourceCode, { description: 'Where it came from.' }) source!: CapitalSource;
  @Field(() => Float, { description: 'Amount, rupiah, above 0.' }) amount!: number;
  @Field(() => LocalDateResolver, { description: 'When it was received: not before the group was formed.' })
  receivedOn!: string;
}

@InputType({ description: "A business group's periodic report; periods of one group never overlap." })
export class GroupReportInput {
  @Field(() => LocalDateResolver, { description: 'First day of the period.' }) periodStart!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the period: not before its first.' })
  periodEnd!: string;
  @Field(() => Int, { description: 'Meetings held in the period (0 or more).' }) meetingsHeld!: number;
  @Field(() => Int, { description: 'Members present at its meetings: at most the members of the period.' })
  membersPresent!: number;
  @Field(() => Float, { description: 'Revenue of the period, rupiah (0 or more).' }) revenue!: number;
  @Field(() => Float, { description: 'Savings at the end of the period, rupiah (0 or more).' }) savings!: number;
}
