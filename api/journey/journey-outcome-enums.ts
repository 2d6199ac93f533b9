import { CAPITAL_DECISIONS, CAPITAL_PROPOSAL_STATUSES, MARKET_CHANNELS } from '../../domain/journey/journey-codes';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of capital and market access, built from the domain's lists (domain/journey/journey-codes.ts). */
export const CapitalProposalStatusCode = codeEnum(
  'CapitalProposalStatus',
  CAPITAL_PROPOSAL_STATUSES,
  "Where a person's capital proposal is: SUBMITTED -> APPROVED or REJECTED; an APPROVED one -> RECEIVED.",
  {
    SUBMITTED: "Submitted to its source; waiting for the source's answer (decideCapitalProposal).",
    APPROVED: 'Approved by its source; the capital is recorded as received with recordCapitalReceipt.',
    REJECTED: 'Rejected by its source: final.',
    RECEIVED: 'The capital was received: final.',
  },
);

export const CapitalDecisionCode = codeEnum(
  'CapitalDecision',
  CAPITAL_DECISIONS,
  "The source's answer to a capital proposal.",
  { APPROVED: 'The source approved the proposal.', REJECTED: 'The source rejected the proposal.' },
);

export const MarketChannelCode = codeEnum(
  'MarketChannel',
  MARKET_CHANNELS,
  'A market channel a person sells through (domain spec 4, MARKET_ACCESS).',
  {
    LOCAL: 'The local market: the village or sub-district (pasar desa, kecamatan).',
    REGIONAL: 'A regional market beyond the local one: the district, the province, exhibitions.',
    ONLINE: 'Online: a marketplace, social media or a messaging catalogue.',
  },
);
