import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { assertActiveMentor } from '../staff/mentor-guard';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { commandResponse, requireReason } from './journey-command.helpers';
import { JourneyObject } from './journey.object';
import { AssignModuleMentorInput } from './inputs/mentor.input';

/** Mentoring: the manager names who delivers each module; the mentor then records that module only. */
@Resolver()
export class JourneyMentorResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The manager assigns the mentor who delivers one module of the approved plan (the module must still run: ' +
      'PLANNED or ACTIVE; the mentor an active MENTOR of the programme, else STAFF_NOT_ASSIGNED), with a ' +
      'reason. The mentor may then schedule its sessions, record attendance and its evaluation, and nothing else ' +
      '(NOT_YOUR_MODULE on other modules).',
  })
  assignModuleMentor(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => AssignModuleMentorInput, { description: 'The module, its mentor and the reason.' })
    input: AssignModuleMentorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'assignModuleMentor', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason, templateId: input.templateId, mentorId: input.mentorId } },
      precheck: () => assertActiveMentor(ctx, journeyId, input.mentorId),
      build: (reasonEvidenceId) => ({
        type: 'assignModuleMentor',
        templateId: input.templateId,
        mentorId: input.mentorId,
        reasonEvidenceId,
      }),
    });
  }
}
