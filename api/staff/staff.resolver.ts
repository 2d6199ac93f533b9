import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffRole } from '../../domain/staff/staff-codes';
import type { GraphQLContext } from '../context';
import { StaffRoleCode } from './staff-enums';
import { StaffMember } from './staff-member.object';
import { AssignStaffInput, EndStaffAssignmentInput } from './staff.input';
import { assignStaff, endStaffAssignment } from './staff-assignment.service';
import { myTeam, staffMembers } from './staff-list.service';

/** The programme's field staff: facilitators, coordinators and mentors, their regions, cohorts and caseloads. */
@Resolver()
export class StaffResolver {
  @Mutation(() => StaffMember, {
    description:
      'Assigns a person to a programme as FACILITATOR, COORDINATOR or MENTOR with their regions, cohorts, a ' +
      "facilitator's caseload limit and coordinator (audited). One assignment per person, programme and role: " +
      'the same content again changes nothing; different content updates it.',
  })
  assignStaff(
    @Arg('input', () => AssignStaffInput, { description: 'The assignment and why.' }) input: AssignStaffInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMember> {
    return assignStaff(ctx, input);
  }

  @Mutation(() => StaffMember, {
    description:
      'Ends an assignment (audited): the person takes no new journeys in that role; their open journeys stay ' +
      'with them until handed over (handOverCaseload).',
  })
  endStaffAssignment(
    @Arg('input', () => EndStaffAssignmentInput, { description: 'Whose assignment ends and why.' })
    input: EndStaffAssignmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMember> {
    return endStaffAssignment(ctx, input);
  }

  @Query(() => [StaffMember], {
    description: "The programme's active staff in your regions, optionally of one role, with open caseloads.",
  })
  staffMembers(
    @Arg('programmeId', () => ID, { description: 'The programme (must be in your scope).' }) programmeId: string,
    @Arg('role', () => StaffRoleCode, { nullable: true, description: 'Only this role; omitted: every role.' })
    role: StaffRole | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMember[]> {
    return staffMembers(ctx, programmeId, role);
  }

  @Query(() => [StaffMember], {
    description:
      "The calling coordinator's team: the active facilitators whose coordinator they are, with open caseloads.",
  })
  myTeam(@Ctx() ctx: GraphQLContext): Promise<StaffMember[]> {
    return myTeam(ctx);
  }
}
