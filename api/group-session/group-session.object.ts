import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import type { GroupMemberOutcome } from '../../domain/group/group-session.rules';
import type { AttendanceStatus } from '../../domain/journey/journey-codes';
import { ErrorCodeEnum } from '../errors/error-code-enum';
import { AttendanceStatusCode } from '../journey/journey-module-enums';
import { GroupMemberOutcomeCode } from './group-session-enums';

@ObjectType({ description: "A learning group's session, held once for every member (each journey has its copy)." })
export class GroupSessionObject {
  @Field(() => ID, { description: "The session's UUID; also the sessionId of each member's copy." }) id!: string;
  @Field(() => ID, { description: 'The learning group (its UUID).' }) groupId!: string;
  @Field({ description: 'The module template the group takes together.' }) moduleTemplateId!: string;
  @Field({ description: "Its type in the template's session mix." }) sessionType!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it starts.' }) startsAt!: Date;
  @Field(() => Float, { description: 'Planned length in hours.' }) durationHours!: number;
  @Field({ description: 'Where it is held.' }) location!: string;
  @Field({ description: 'What it is about.' }) topic!: string;
  @Field({ description: 'Who presents it.' }) presenter!: string;
}

@ObjectType({ description: "What a group session call did for one member's journey." })
export class GroupSessionMemberResult {
  @Field(() => ID, { description: "The member's journey: its UUID (Journey.journeyId)." }) journeyId!: string;
  @Field(() => GroupMemberOutcomeCode, { description: 'Applied, already applied, refused or (attendance) not listed.' })
  outcome!: GroupMemberOutcome;
  @Field(() => ErrorCodeEnum, {
    nullable: true,
    description: 'Why it was refused (e.g. NOT_A_GROUP_MEMBER, LISTED_TWICE, COMMAND_NOT_ALLOWED_IN_STAGE); else null.',
  })
  code!: ErrorCode | null;
  @Field(() => String, { nullable: true, description: 'Human-readable explanation when refused or not recorded.' })
  message!: string | null;
  @Field(() => String, { nullable: true, description: "The member's module run holding the session, when known." })
  moduleId!: string | null;
  @Field(() => AttendanceStatusCode, {
    nullable: true,
    description: "recordGroupAttendance: the attendance in the member's journey after the call; else null.",
  })
  attendance!: AttendanceStatus | null;
}

@ObjectType({ description: 'Counts of the member lines of a group session call.' })
export class GroupSessionTotals {
  @Field(() => Int, { description: 'Member lines in the answer.' }) members!: number;
  @Field(() => Int, { description: 'Applied by this call.' }) applied!: number;
  @Field(() => Int, { description: 'Already applied before this call.' }) alreadyApplied!: number;
  @Field(() => Int, { description: 'Refused.' }) refused!: number;
  @Field(() => Int, { description: 'Members left out of an attendance list.' }) notRecorded!: number;
}

@ObjectType({ description: 'A scheduled group session and what it did in each member journey.' })
export class GroupSessionSchedule {
  @Field(() => GroupSessionObject, { description: 'The session (the same one for every retry with the key).' })
  session!: GroupSessionObject;
  @Field(() => GroupSessionTotals, { description: 'Counts per outcome.' }) totals!: GroupSessionTotals;
  @Field(() => [GroupSessionMemberResult], {
    description: "One line per member on the session's day, in the order they joined.",
  })
  members!: GroupSessionMemberResult[];
}

@ObjectType({ description: "A group session's attendance list (daftar hadir): totals and a line per member." })
export class GroupAttendanceReport {
  @Field(() => ID, { description: 'The group session.' }) sessionId!: string;
  @Field(() => GroupSessionTotals, { description: 'Counts per outcome.' }) totals!: GroupSessionTotals;
  @Field(() => [GroupSessionMemberResult], {
    description: 'One line per entry in input order, then one NOT_RECORDED line per member left out.',
  })
  members!: GroupSessionMemberResult[];
}
