import {
  ArrayMaxSize,
  ArrayMinSize,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { AttendanceStatus } from '../../../domain/journey/journey-codes';
import { AttendanceStatusCode } from '../journey-module-enums';

export const MAX_SESSION_ENTRIES = 200;

@InputType({ description: "One participant's attendance (kehadiran) at the session." })
export class SessionAttendanceEntryInput {
  @Field(() => ID, { description: 'The journey: its id (Journey.id), or its UUID (Journey.journeyId).' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'journeyId must be a UUID' })
  journeyId!: string;
  @Field({ description: "The module run of this journey the session belongs to (the journey's own module id)." })
  @Matches(/^[A-Za-z0-9_-]{1,80}$/)
  moduleId!: string;
  @Field(() => AttendanceStatusCode, { description: 'PRESENT, PARTIAL (late, half-day) or ABSENT.' })
  status!: AttendanceStatus;
  @Field({
    nullable: true,
    description: "Facilitator's note on this participant; kept in PostgreSQL as evidence, never sent to Temporal.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

@InputType({ description: 'Attendance of everyone at one group session (sesi), recorded in one call.' })
export class SessionAttendanceInput {
  @Field({ description: "The session id, as scheduled in each participant's module (scheduleSession)." })
  @Matches(/^[A-Za-z0-9_\-:.]{1,80}$/)
  sessionId!: string;
  @Field({ description: 'When the session was held (ISO 8601 date-time).' })
  @IsISO8601({ strict: true })
  heldAt!: string;
  @Field(() => [SessionAttendanceEntryInput], {
    description: `One entry per participant, 1-${MAX_SESSION_ENTRIES}; each journey at most once.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SESSION_ENTRIES)
  @ValidateNested({ each: true })
  entries!: SessionAttendanceEntryInput[];
}
