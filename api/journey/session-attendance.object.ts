import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import { ErrorCodeEnum } from '../errors/error-code-enum';

@ObjectType({ description: "The outcome of one participant's entry." })
export class SessionAttendanceEntryResult {
  @Field(() => ID, { description: "The entry's journey: its UUID (Journey.journeyId)." }) journeyId!: string;
  @Field({ description: 'True when the attendance is recorded (now, or by an earlier call with the same key).' })
  ok!: boolean;
  @Field(() => ErrorCodeEnum, {
    nullable: true,
    description: 'Error catalogue code when not recorded (e.g. COMMAND_NOT_ALLOWED_IN_STAGE, SESSION_NOT_FOUND).',
  })
  code!: ErrorCode | null;
  @Field(() => String, { nullable: true, description: 'Human-readable explanation when not recorded.' }) message!:
    string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "The module's attendance rate (tingkat kehadiran) after this entry, percent over held sessions; PARTIAL " +
      'counts half.',
  })
  attendanceRate!: number | null;
}

@ObjectType({ description: 'Counts over the entries of the call.' })
export class SessionAttendanceTotals {
  @Field(() => Int, { description: 'Entries sent.' }) entries!: number;
  @Field(() => Int, { description: 'Entries recorded.' }) recorded!: number;
  @Field(() => Int, { description: 'Entries not recorded.' }) failed!: number;
}

@ObjectType({
  description: 'Report of a session attendance list (daftar hadir): totals and one line per entry, in input order.',
})
export class SessionAttendanceReport {
  @Field(() => SessionAttendanceTotals, { description: 'Counts per outcome.' }) totals!: SessionAttendanceTotals;
  @Field(() => [SessionAttendanceEntryResult], { description: 'One result per entry, in input order.' })
  entries!: SessionAttendanceEntryResult[];
}
