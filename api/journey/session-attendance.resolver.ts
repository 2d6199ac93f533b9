import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { SessionAttendanceInput } from './inputs/session-attendance.input';
import { SessionAttendanceReport } from './session-attendance.object';
import { recordSessionAttendance } from './session-attendance.service';

/** A facilitator's attendance list (daftar hadir) for a group session, in one call. */
@Resolver()
export class SessionAttendanceResolver {
  @Mutation(() => SessionAttendanceReport, {
    description:
      'Records attendance (kehadiran) of every participant of one session: each entry is the recordAttendance ' +
      "command of that participant's journey. A refused entry (wrong stage, unknown session, ...) never stops the " +
      'others. Facilitators only.',
  })
  recordSessionAttendance(
    @Arg('input', () => SessionAttendanceInput, {
      description: 'The session, when it was held, and one entry per participant.',
    })
    input: SessionAttendanceInput,
    @Arg('idempotencyKey', () => String, {
      description:
        'Client key for the whole list (8-91 of A-Z a-z 0-9 _ - : .). Each entry runs with key ' +
        '`<idempotencyKey>:<journeyId>`, so sending the same list again records nothing twice and retries entries ' +
        'that failed.',
    })
    idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionAttendanceReport> {
    return recordSessionAttendance(ctx, input, idempotencyKey);
  }
}
