import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireOrganisationOfJourney } from '../organisation/organisation.service';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { commandResponse, requireReason } from './journey-command.helpers';
import { AssignPartnerInput } from './inputs/partner.input';
import { JourneyObject } from './journey.object';

/** Implementing partners (mitra pelaksana) on a journey: the organisation its partners act for. */
@Resolver()
export class JourneyPartnerResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The manager assigns the journey to an organisation (implementing partner) of its programme, with a ' +
      "reason; the organisation's partners then read the journey.",
  })
  async assignPartner(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => AssignPartnerInput, { description: 'The organisation and the reason.' })
    input: AssignPartnerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    await requireOrganisationOfJourney(ctx, input.organisationId, journeyId);
    return commandResponse(ctx, 'assignPartner', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason, organisationId: input.organisationId } },
      build: (reasonEvidenceId) => ({ type: 'assignPartner', organisationId: input.organisationId, reasonEvidenceId }),
    });
  }
}
