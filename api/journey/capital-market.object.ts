import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { CapitalSource } from '../../domain/group/group.rules';
import type { CapitalProposalStatus, MarketChannel } from '../../domain/journey/journey-codes';
import type { CapitalProposal, MarketChannelOpening } from '../../domain/journey/journey.types';
import { CapitalSourceCode } from '../group/group-enums';
import { CapitalProposalStatusCode, MarketChannelCode } from './journey-outcome-enums';

@ObjectType('CapitalProposal', {
  description:
    "A person's capital proposal (domain spec 4, CAPITAL_ACCESS): its source and steps. The amounts requested and " +
    'received stay with their forms and are counted by the capital indicators (capital_received).',
})
export class CapitalProposalObject {
  @Field(() => ID, { description: 'Id of the proposal: pass it to decideCapitalProposal and recordCapitalReceipt.' })
  proposalId!: string;
  @Field(() => CapitalSourceCode, { description: 'Where the capital is asked from.' }) source!: CapitalSource;
  @Field(() => CapitalProposalStatusCode, { description: 'Where the proposal is.' }) status!: CapitalProposalStatus;
  @Field(() => GraphQLISODateTime, { description: 'When it was submitted.' }) submittedAt!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the source's answer was recorded." })
  decidedAt!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the capital was recorded as received.' })
  receivedAt!: string | null;
}

@ObjectType('MarketChannelOpening', { description: 'A market channel the person opened (each channel once).' })
export class MarketChannelObject {
  @Field(() => MarketChannelCode, { description: 'The channel.' }) channel!: MarketChannel;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded as opened.' }) openedAt!: string;
}

export const capitalProposalObjectOf = (p: CapitalProposal): CapitalProposalObject => ({
  proposalId: p.proposalId,
  source: p.source,
  status: p.status,
  submittedAt: p.submittedAt,
  decidedAt: p.decidedAt ?? null,
  receivedAt: p.receivedAt ?? null,
});

export const marketChannelObjectOf = (c: MarketChannelOpening): MarketChannelObject => ({
  channel: c.channel,
  openedAt: c.openedAt,
});
