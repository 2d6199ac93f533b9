import { ArrayMaxSize, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { StaffRole } from '../../domain/staff/staff-codes';
import { StaffRoleCode } from './staff-enums';

@InputType({ description: "A person's assignment to a programme in one staff role (created, or updated in place)." })
export class AssignStaffInput {
  @Field(() => ID, { description: 'User id of the person (the `sub` of their token).' })
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  userId!: string;
  @Field(() => StaffRoleCode, { description: 'FACILITATOR, COORDINATOR or MENTOR.' })
  role!: StaffRole;
  @Field(() => ID, { description: 'The programme (must be in your scope).' })
  @Matches(/^[A-Za-z0-9_\-:.]{1,128}$/)
  programmeId!: string;
  @Field(() => [String], { description: 'Region codes (BPS, e.g. 52.71) they work in: at least one, in your scope.' })
  @ArrayMaxSize(50)
  regionCodes!: string[];
  @Field(() => [ID], { nullable: true, description: 'Cohorts they work with; omitted: none.' })
  @IsOptional()
  @ArrayMaxSize(50)
  cohortIds?: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Facilitators only: most open journeys they may hold (a programme decision); omitted: no limit.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  caseloadLimit?: number;
  @Field(() => ID, {
    nullable: true,
    description: 'Facilitators only: user id of their coordinator, who must be an active coordinator of the programme.',
  })
  @IsOptional()
  coordinatorId?: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept in the audit log.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}

@InputType({ description: 'Ends one assignment: the person keeps their history but takes no new journeys.' })
export class EndStaffAssignmentInput {
  @Field(() => ID, { description: 'User id of the person.' })
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  userId!: string;
  @Field(() => StaffRoleCode, { description: 'The role whose assignment ends.' })
  role!: StaffRole;
  @Field(() => ID, { description: 'The programme (must be in your scope).' })
  @Matches(/^[A-Za-z0-9_\-:.]{1,128}$/)
  programmeId!: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept in the audit log.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
