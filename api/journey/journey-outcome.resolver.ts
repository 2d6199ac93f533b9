import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { DomainError } from '../../domain/errors/error-codes';
import { positiveAmountProblems } from '../../domain/group/group-business.rules';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { commandResponse } from './journey-command.helpers';
import { JourneyObject } from './journey.object';
import {
  DecideCapitalProposalInput,
  OpenMarketChannelInput,
  RecordCapitalReceiptInput,
  SubmitCapitalProposalInput,
} from './inputs/outcome.input';

function validAmount(name: string, value: number): number {
  const problems = positiveAmountProblems(name, value);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
  return value;
}

/**
 * Capital and market access of a person (domain spec 4, CAPITAL_ACCESS and MARKET_ACCESS): journey commands whose
 * amounts stay in PostgreSQL with their forms (evidence), the journey keeping the source, the steps and the channels.
 */
@Resolver()
export class JourneyOutcomeResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The facilitator or manager records a capital proposal the person submitted to a source (from the ' +
      'interventions on). Under rules whose CAPITAL_ACCESS template requires it (default v5), the running ' +
      'CAPITAL_ACCESS module completes only once a proposal is submitted.',
  })
  submitCapitalProposal(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => SubmitCapitalProposalInput, { description: 'The proposal.' }) input: SubmitCapitalProposalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const requestedAmount = validAmount('requestedAmount', input.requestedAmount);
    return commandResponse(ctx, 'submitCapitalProposal', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'CAPITAL_PROPOSAL', payload: { source: input.source, requestedAmount } },
      build: (evidenceId) => ({ type: 'submitCapitalProposal', source: input.source, evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      "Records the source's answer to a SUBMITTED proposal (CAPITAL_PROPOSAL_NOT_FOUND, " +
      'CAPITAL_PROPOSAL_ALREADY_DECIDED otherwise).',
  })
  decideCapitalProposal(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => DecideCapitalProposalInput, { description: 'The answer.' }) input: DecideCapitalProposalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    return commandResponse(ctx, 'decideCapitalProposal', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'CAPITAL_DECISION', payload: { proposalId: input.proposalId, decision: input.decision } },
      build: (evidenceId) => ({
        type: 'decideCapitalProposal',
        proposalId: input.proposalId,
        decision: input.decision,
        evidenceId,
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'Records capital received on an APPROVED proposal; before approval or after a rejection it is refused with ' +
      'CAPITAL_PROPOSAL_NOT_APPROVED and nothing changes; a second receipt: CAPITAL_ALREADY_RECEIVED.',
  })
  recordCapitalReceipt(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => RecordCapitalReceiptInput, { description: 'The receipt.' }) input: RecordCapitalReceiptInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const amount = validAmount('amount', input.amount);
    return commandResponse(ctx, 'recordCapitalReceipt', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'CAPITAL_RECEIPT', payload: { proposalId: input.proposalId, amount } },
      build: (evidenceId) => ({ type: 'recordCapitalReceipt', proposalId: input.proposalId, evidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description: 'Records a market channel the person opened (each once: MARKET_CHANNEL_ALREADY_OPEN).',
  })
  openMarketChannel(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => OpenMarketChannelInput, { description: 'The channel.' }) input: OpenMarketChannelInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    return commandResponse(ctx, 'openMarketChannel', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'MARKET_CHANNEL', payload: { channel: input.channel } },
      build: (evidenceId) => ({ type: 'openMarketChannel', channel: input.channel, evidenceId }),
    });
  }
}
