import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { BusinessActivity } from '../../domain/group/group-business.rules';
import type { CapitalSource, GroupKind, GroupRole, GroupStatus } from '../../domain/group/group.rules';
import { NodeInterface } from '../node/node.interface';
import { BusinessActivityCode, CapitalSourceCode, GroupKindCode, GroupRoleCode, GroupStatusCode } from './group-enums';

@ObjectType('GroupMember', {
  description: 'One membership of a journey in a group; a member who left and rejoined has two.',
})
export class GroupMemberObject {
  @Field(() => ID, { description: "The member's journey: its UUID (Journey.journeyId)." }) journeyId!: string;
  @Field(() => GroupRoleCode, { description: 'The role held in this membership (its latest, if it changed).' })
  role!: GroupRole;
  @Field(() => LocalDateResolver, { description: 'When the member joined (YYYY-MM-DD).' }) joinedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'When the member left; null while current.' })
  leftOn!: string | null;
  @Field({ description: 'True while the membership is open (not left).' }) current!: boolean;
}

@ObjectType('GroupBusinessPlan', {
  description: "A business group's plan: codes and figures (its narrative stays with the facilitator).",
})
export class GroupBusinessPlanObject {
  @Field(() => BusinessActivityCode, { description: 'What the business does.' }) activity!: BusinessActivity;
  @Field(() => Float, { description: 'Capital the plan needs, rupiah.' }) plannedCapital!: number;
  @Field(() => Float, { description: 'Revenue the plan expects per month, rupiah.' }) expectedMonthlyRevenue!: number;
  @Field(() => LocalDateResolver, { description: 'When the plan was presented (YYYY-MM-DD).' }) presentedOn!: string;
}

@ObjectType('GroupCapital', { description: 'Capital a business group received.' })
export class GroupCapitalObject {
  @Field(() => ID, { description: 'The record id (UUID).' }) id!: string;
  @Field(() => CapitalSourceCode, { description: 'Where it came from.' }) source!: CapitalSource;
  @Field(() => Float, { description: 'Amount, rupiah.' }) amount!: number;
  @Field(() => LocalDateResolver, { description: 'When it was received (YYYY-MM-DD).' }) receivedOn!: string;
}

@ObjectType('GroupReport', {
  description: "A business group's periodic report: meetings, members present, revenue and savings.",
})
export class GroupReportObject {
  @Field(() => ID, { description: 'The report id (UUID).' }) id!: string;
  @Field(() => LocalDateResolver, { description: 'First day of the period (YYYY-MM-DD).' }) periodStart!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the period (YYYY-MM-DD).' }) periodEnd!: string;
  @Field(() => Int, { description: 'Meetings the group held in the period.' }) meetingsHeld!: number;
  @Field(() => Int, { description: 'Members present at its meetings (at most the members of the period).' })
  membersPresent!: number;
  @Field(() => Float, { description: 'Revenue of the period, rupiah.' }) revenue!: number;
  @Field(() => Float, { description: 'Savings at the end of the period, rupiah.' }) savings!: number;
}

@ObjectType('Group', {
  implements: NodeInterface,
  description:
    'A group (kelompok) of a programme: a learning group, joint business group, cooperative or alumni group, ' +
    'with its members (journeys), its audited lifecycle and, for business kinds, plan, capital and reports.',
})
export class GroupObject implements NodeInterface {
  @Field(() => ID, {
    description: 'Global id of the group (Node): for node(id:) and groupId arguments. Its UUID: groupId.',
  })
  id!: string;
  @Field(() => ID, { description: "The group's UUID: the key in the audit log." }) groupId!: string;
  @Field(() => ID, { description: 'The programme (program).' }) programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'The cohort (angkatan) it was formed in, if any.' })
  cohortId!: string | null;
  @Field({ description: "BPS region code: every member's region starts with it." }) regionCode!: string;
  @Field(() => GroupKindCode, { description: 'What the group is for.' }) kind!: GroupKind;
  @Field(() => GroupStatusCode, { description: 'Where it is in its life.' }) status!: GroupStatus;
  @Field(() => [GroupStatusCode], { description: 'The statuses changeGroupStatus may move it to now.' })
  nextStatuses!: GroupStatus[];
  @Field(() => GraphQLISODateTime, { description: 'When the status last changed (or the group was formed).' })
  statusChangedAt!: Date;
  @Field({ description: 'Its name, as the members call it.' }) name!: string;
  @Field(() => ID, { description: 'The facilitator (pendamping) who accompanies it: a user id.' })
  facilitatorId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The module template a learning group takes together (Query.moduleTemplates); null for others.',
  })
  moduleTemplateId!: string | null;
  @Field(() => LocalDateResolver, { description: 'When it was formed (YYYY-MM-DD).' }) formedOn!: string;
  @Field(() => Int, { description: 'Meetings it plans per month.' }) plannedMeetingsPerMonth!: number;
  @Field(() => [GroupMemberObject], { description: 'Every membership, current and past, in the order they began.' })
  members!: GroupMemberObject[];
  @Field(() => Int, { description: 'Current members (open memberships).' }) activeMemberCount!: number;
  @Field(() => GroupBusinessPlanObject, { nullable: true, description: 'The business plan; null until recorded.' })
  businessPlan!: GroupBusinessPlanObject | null;
  @Field(() => [GroupCapitalObject], { description: 'Capital received, oldest first.' })
  capital!: GroupCapitalObject[];
  @Field(() => [GroupReportObject], { description: 'Periodic reports, by period.' }) reports!: GroupReportObject[];
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'The last day it met: its latest group session with a member present, or the end of its latest report ' +
      'period; null if neither.',
  })
  lastMeetingOn!: string | null;
  @Field({
    description:
      "True when it has not met (or, never having met, was formed) for more than the programme rules' " +
      'groups.meetingOverdueDays; always false without that rule, and for a dissolved group.',
  })
  meetingOverdue!: boolean;
}
