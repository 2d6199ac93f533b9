import { CAPITAL_DECISIONS, CAPITAL_PROPOSAL_STATUSES, MARKET_CHANNELS } from '../../domain/journey/journey-codes';
import { SATISFACTION_ITEMS, SATISFACTION_OCCASIONS } from '../../domain/journey/satisfaction.rules';
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

export const SatisfactionItemCode = codeEnum(
  'SatisfactionItem',
  SATISFACTION_ITEMS,
  'An item of the participant satisfaction survey, scored 1 (very dissatisfied) to 5 (very satisfied).',
  {
    CONTENT_USEFUL: 'The content was useful for my work or business.',
    FACILITATOR_SUPPORT: 'The facilitator (pendamping) supported me well.',
    SCHEDULE_SUITABLE: 'The schedule and place suited me.',
    OVERALL: 'Overall satisfaction.',
  },
);

export const SatisfactionOccasionCode = codeEnum(
  'SatisfactionOccasion',
  SATISFACTION_OCCASIONS,
  'When the satisfaction survey is taken.',
  { MODULE_END: 'At the end of a module (completed or closed).', GRADUATION: 'Once graduated.' },
);
