import {
  ArrayMaxSize,
  ArrayMinSize,
  IsISO8601,
  IsNumber,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { AttendanceStatus } from '../../domain/journey/journey-codes';
import { AttendanceStatusCode } from '../journey/journey-module-enums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Text of a programme's session (not a person's data): 1-200 characters, not only spaces. */
const SESSION_TEXT = /\S/;
export const MAX_GROUP_ENTRIES = 200;

@InputType({ description: 'One session of a learning group, held once for every member.' })
export class ScheduleGroupSessionInput {
  @Field(() => ID, { description: 'The learning group: its id (Group.id), or its UUID (Group.groupId).' })
  @Matches(UUID, { message: 'groupId must be a UUID' })
  groupId!: string;
  @Field({ description: "A session type of the group's module template's session mix, e.g. GROUP_GUIDANCE." })
  @Matches(/^[A-Z_]{2,64}$/)
  sessionType!: string;
  @Field({
    description: 'When the session starts, ISO 8601 date-time with its zone (its day decides who is a member).',
  })
  @IsISO8601({ strict: true })
  startsAt!: string;
  @Field(() => Float, { description: 'Planned length in hours, more than 0 and at most 24, in hundredths.' })
  @IsNumber()
  durationHours!: number;
  @Field({ description: 'Where it is held (balai desa, a member home...), 1-200 characters.' })
  @IsString()
  @Matches(SESSION_TEXT)
  @MaxLength(200)
  location!: string;
  @Field({ description: 'What it is about, 1-200 characters.' })
  @IsString()
  @Matches(SESSION_TEXT)
  @MaxLength(200)
  topic!: string;
  @Field({ description: 'Who presents it (the facilitator, a resource person), 1-200 characters.' })
  @IsString()
  @Matches(SESSION_TEXT)
  @MaxLength(200)
  presenter!: string;
}

@InputType({ description: "One member's attendance (kehadiran) at a group session." })
export class GroupAttendanceEntryInput {
  @Field(() => ID, { description: "The member's journey: its id (Journey.id), or its UUID (Journey.journeyId)." })
  @Matches(UUID, { message: 'journeyId must be a UUID' })
  journeyId!: string;
  @Field(() => AttendanceStatusCode, { description: 'PRESENT, PARTIAL (late, half-day) or ABSENT.' })
  status!: AttendanceStatus;
}

@InputType({ description: 'Attendance of every member at one group session, recorded in one call.' })
export class RecordGroupAttendanceInput {
  @Field(() => ID, { description: 'The group session (GroupSession.id, from scheduleGroupSession).' })
  @Matches(UUID, { message: 'sessionId must be a UUID' })
  sessionId!: string;
  @Field({ description: 'When the session was held, ISO 8601 date-time with its zone (its day decides membership).' })
  @IsISO8601({ strict: true })
  heldAt!: string;
  @Field(() => [GroupAttendanceEntryInput], {
    description: `One entry per member, 1-${MAX_GROUP_ENTRIES}; each journey once.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GROUP_ENTRIES)
  @ValidateNested({ each: true })
  entries!: GroupAttendanceEntryInput[];
}
