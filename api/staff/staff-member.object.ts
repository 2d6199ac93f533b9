import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { StaffRole } from '../../domain/staff/staff-codes';
import { StaffRoleCode } from './staff-enums';

@ObjectType({
  description: "One person's assignment to a programme in one staff role, with their open caseload (ids only).",
})
export class StaffMember {
  @Field(() => ID, { description: 'User id of the staff member (the `sub` of their token).' }) userId!: string;
  @Field(() => StaffRoleCode, { description: 'Their role in the programme.' }) role!: StaffRole;
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field(() => [String], { description: 'Region codes (BPS, e.g. 52.71) they work in.' }) regionCodes!: string[];
  @Field(() => [ID], { description: 'Cohorts they work with; empty: not tied to cohorts.' }) cohortIds!: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Facilitators: most open journeys they may hold in the programme; null: no limit set.',
  })
  caseloadLimit!: number | null;
  @Field(() => ID, { nullable: true, description: 'Facilitators: user id of their coordinator; null: none.' })
  coordinatorId!: string | null;
  @Field({ description: 'False once the assignment has ended; an ended facilitator takes no journeys.' })
  active!: boolean;
  @Field(() => Int, {
    description: 'Open journeys (not in a final stage) of the programme assigned to them now; 0 for other roles.',
  })
  openJourneys!: number;
}
