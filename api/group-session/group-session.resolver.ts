import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { MAX_GROUP_CALL_KEY } from '../../domain/group/group-session.rules';
import type { GraphQLContext } from '../context';
import { recordGroupAttendance } from './group-attendance.service';
import { scheduleGroupSession } from './group-session-schedule.service';
import { RecordGroupAttendanceInput, ScheduleGroupSessionInput } from './group-session.input';
import { GroupAttendanceReport, GroupSessionSchedule } from './group-session.object';

const KEY_DESCRIPTION =
  `Client key for the whole call (8-${MAX_GROUP_CALL_KEY} of A-Z a-z 0-9 _ - : .). Each member's journey command ` +
  'runs with key `<idempotencyKey>:<journeyId>`, so sending the call again applies nothing twice and completes the ' +
  'members an interrupted call did not reach.';

/** A learning group's sessions: scheduled once for every member, attendance recorded for every member in one call. */
@Resolver()
export class GroupSessionResolver {
  @Mutation(() => GroupSessionSchedule, {
    description:
      "Schedules one session of a learning group's module, held once for everyone: the session is stored once and " +
      "copied into the journey of every member on its day (each journey's scheduleSession command, with the " +
      "session's id). One line per member: applied, already applied or refused and why. The group's facilitator, " +
      'or the mentor of the module.',
  })
  scheduleGroupSession(
    @Arg('input', () => ScheduleGroupSessionInput, { description: 'The group and the session.' })
    input: ScheduleGroupSessionInput,
    @Arg('idempotencyKey', () => String, { description: KEY_DESCRIPTION }) idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupSessionSchedule> {
    return scheduleGroupSession(ctx, input, idempotencyKey);
  }

  @Mutation(() => GroupAttendanceReport, {
    description:
      "Records attendance (daftar hadir) of every member at a group session in one call; each entry is the member's " +
      "journey's recordAttendance command and applies once, also when the call is retried or was cut off half way. " +
      'One line per entry (applied, already applied, refused with its code), then one NOT_RECORDED line per member ' +
      'on the day the list left out. The group facilitator, or the mentor of the module.',
  })
  recordGroupAttendance(
    @Arg('input', () => RecordGroupAttendanceInput, { description: 'The session, when it was held, and the entries.' })
    input: RecordGroupAttendanceInput,
    @Arg('idempotencyKey', () => String, { description: KEY_DESCRIPTION }) idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupAttendanceReport> {
    return recordGroupAttendance(ctx, input, idempotencyKey);
  }
}
