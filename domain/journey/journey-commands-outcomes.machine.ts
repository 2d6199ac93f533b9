import { CAPITAL_SOURCES } from '../group/group.rules';
import { CAPITAL_DECISIONS, MARKET_CHANNELS } from './journey-codes';
import { begin, emit, reject, update, type CommandContext, type Draft, type Handler } from './journey-draft.machine';
import { settleModule } from './journey-module-settle.machine';
import { firstFailure, requireId, requireOneOf } from './journey-payload-checks';
import type { CapitalProposal, JourneyState } from './journey.types';

/**
 * Capital and market access as outcomes of the person (domain spec 4, CAPITAL_ACCESS and MARKET_ACCESS; 6.2 APKM
 * access): a capital proposal moves SUBMITTED -> APPROVED or REJECTED, and an approved one -> RECEIVED; market
 * channels (LOCAL, REGIONAL, ONLINE) are opened once each. Amounts stay in PostgreSQL with the forms (evidence).
 * A submitted proposal or an opened channel may complete a running module whose template waits for it
 * (module-completion.rules.ts).
 */
export const submitCapitalProposal: Handler<'submitCapitalProposal'> = (state, cmd, ctx) => {
  const bad = firstFailure(
    requireOneOf('source', cmd.source, CAPITAL_SOURCES),
    requireId('evidenceId', cmd.evidenceId),
  );
  if (bad) return bad;
  const proposals = state.capitalProposals ?? [];
  if (proposals.some((p) => p.proposalId === cmd.evidenceId))
    return reject('VALIDATION_FAILED', `Proposal ${cmd.evidenceId} is already submitted`);
  const proposal: CapitalProposal = {
    proposalId: cmd.evidenceId,
    source: cmd.source,
    status: 'SUBMITTED',
    submittedAt: ctx.now,
    evidenceId: cmd.evidenceId,
  };
  const draft = begin(state);
  update(draft, { capitalProposals: [...proposals, proposal] });
  emit(draft, 'CAPITAL_PROPOSAL_SUBMITTED', {
    proposalId: proposal.proposalId,
    source: cmd.source,
    evidenceId: cmd.evidenceId,
  });
  return settleOpenModules(draft, ctx);
};

export const decideCapitalProposal: Handler<'decideCapitalProposal'> = (state, cmd, ctx) => {
  const bad = firstFailure(
    requireOneOf('decision', cmd.decision, CAPITAL_DECISIONS),
    requireId('evidenceId', cmd.evidenceId),
  );
  if (bad) return bad;
  const proposal = findProposal(state, cmd.proposalId);
  if (!proposal) return reject('CAPITAL_PROPOSAL_NOT_FOUND', `No capital proposal ${String(cmd.proposalId)}`);
  if (proposal.status !== 'SUBMITTED')
    return reject('CAPITAL_PROPOSAL_ALREADY_DECIDED', `Proposal ${proposal.proposalId} is already ${proposal.status}`);
  const draft = begin(state);
  replaceProposal(draft, proposal, {
    status: cmd.decision,
    decidedAt: ctx.now,
    decisionEvidenceId: cmd.evidenceId,
  });
  emit(draft, 'CAPITAL_PROPOSAL_DECIDED', {
    proposalId: proposal.proposalId,
    source: proposal.source,
    decision: cmd.decision,
    evidenceId: cmd.evidenceId,
  });
  return draft;
};

export const recordCapitalReceipt: Handler<'recordCapitalReceipt'> = (state, cmd, ctx) => {
  const bad = requireId('evidenceId', cmd.evidenceId);
  if (bad) return bad;
  const proposal = findProposal(state, cmd.proposalId);
  if (!proposal) return reject('CAPITAL_PROPOSAL_NOT_FOUND', `No capital proposal ${String(cmd.proposalId)}`);
  if (proposal.status === 'RECEIVED')
    return reject('CAPITAL_ALREADY_RECEIVED', `Proposal ${proposal.proposalId} was received ${proposal.receivedAt}`);
  if (proposal.status !== 'APPROVED')
    return reject(
      'CAPITAL_PROPOSAL_NOT_APPROVED',
      `Proposal ${proposal.proposalId} is ${proposal.status}: capital is received only on an approved proposal`,
    );
  const draft = begin(state);
  replaceProposal(draft, proposal, { status: 'RECEIVED', receivedAt: ctx.now, receiptEvidenceId: cmd.evidenceId });
  emit(draft, 'CAPITAL_RECEIVED', {
    proposalId: proposal.proposalId,
    source: proposal.source,
    evidenceId: cmd.evidenceId,
  });
  return draft;
};

export const openMarketChannel: Handler<'openMarketChannel'> = (state, cmd, ctx) => {
  const bad = firstFailure(
    requireOneOf('channel', cmd.channel, MARKET_CHANNELS),
    requireId('evidenceId', cmd.evidenceId),
  );
  if (bad) return bad;
  const channels = state.marketChannels ?? [];
  const open = channels.find((c) => c.channel === cmd.channel);
  if (open) return reject('MARKET_CHANNEL_ALREADY_OPEN', `The ${cmd.channel} channel was opened ${open.openedAt}`);
  const draft = begin(state);
  update(draft, {
    marketChannels: [...channels, { channel: cmd.channel, openedAt: ctx.now, evidenceId: cmd.evidenceId }],
  });
  emit(draft, 'MARKET_CHANNEL_OPENED', { channel: cmd.channel, evidenceId: cmd.evidenceId });
  return settleOpenModules(draft, ctx);
};

const findProposal = (state: JourneyState, proposalId: unknown): CapitalProposal | undefined =>
  (state.capitalProposals ?? []).find((p) => p.proposalId === proposalId);

function replaceProposal(draft: Draft, proposal: CapitalProposal, patch: Partial<CapitalProposal>): void {
  const proposals = draft.state.capitalProposals ?? [];
  update(draft, {
    capitalProposals: proposals.map((p) => (p.proposalId === proposal.proposalId ? { ...p, ...patch } : p)),
  });
}

/** A module that waited only for this outcome completes now (in IN_INTERVENTION, where modules run). */
function settleOpenModules(draft: Draft, ctx: CommandContext): Draft {
  if (draft.state.stage !== 'IN_INTERVENTION') return draft;
  for (const m of draft.state.modules) settleModule(draft, m.moduleId, ctx);
  return draft;
}
