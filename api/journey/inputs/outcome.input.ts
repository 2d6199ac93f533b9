import { Field, Float, ID, InputType } from 'type-graphql';
import type { CapitalSource } from '../../../domain/group/group.rules';
import type { CapitalDecision, MarketChannel } from '../../../domain/journey/journey-codes';
import { CapitalSourceCode } from '../../group/group-enums';
import { CapitalDecisionCode, MarketChannelCode } from '../journey-outcome-enums';

@InputType({ description: "A person's capital proposal to a source." })
export class SubmitCapitalProposalInput {
  @Field(() => CapitalSourceCode, { description: 'Where the capital is asked from.' }) source!: CapitalSource;
  @Field(() => Float, { description: 'Amount requested, rupiah, above 0 (kept with the form).' })
  requestedAmount!: number;
}

@InputType({ description: "The source's answer to a submitted capital proposal." })
export class DecideCapitalProposalInput {
  @Field(() => ID, { description: 'The proposal (CapitalProposal.proposalId).' }) proposalId!: string;
  @Field(() => CapitalDecisionCode, { description: 'APPROVED or REJECTED.' }) decision!: CapitalDecision;
}

@InputType({ description: 'Capital received on an approved proposal.' })
export class RecordCapitalReceiptInput {
  @Field(() => ID, { description: 'The proposal (CapitalProposal.proposalId); it must be APPROVED.' })
  proposalId!: string;
  @Field(() => Float, { description: 'Amount received, rupiah, above 0 (kept with the form).' }) amount!: number;
}

@InputType({ description: 'A market channel the person opened.' })
export class OpenMarketChannelInput {
  @Field(() => MarketChannelCode, { description: 'LOCAL, REGIONAL or ONLINE; each once per person.' })
  channel!: MarketChannel;
}
