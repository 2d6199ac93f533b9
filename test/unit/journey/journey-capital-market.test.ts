import type { JourneyCommand, ModuleRun } from '../../../domain/journey/journey.types';
import { nextExpectedAction } from '../../../domain/journey/journey.machine';
import { withoutCompletionRequirements } from '../../../domain/module/module-completion.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { FACILITATOR, JourneyDriver, journeyAt, MANAGER } from './journey-fixtures';

const V5 = getProgrammeRules('default', 5);
const submit = (evidenceId = 'ev-proposal', source = 'KUR'): JourneyCommand =>
  ({ type: 'submitCapitalProposal', source, evidenceId }) as JourneyCommand;
const decide = (proposalId: string, decision: 'APPROVED' | 'REJECTED'): JourneyCommand => ({
  type: 'decideCapitalProposal',
  proposalId,
  decision,
  evidenceId: `ev-${decision}`,
});
const receive = (proposalId: string): JourneyCommand => ({
  type: 'recordCapitalReceipt',
  proposalId,
  evidenceId: 'ev-receipt',
});
const capitalModule = (d: JourneyDriver): ModuleRun => d.state.modules.find((m) => m.templateId === 'CAPITAL_ACCESS')!;

/** A v5 journey whose only module is CAPITAL_ACCESS, its sessions held and evaluated past its minimum duration. */
function capitalModuleDone(rules = V5): JourneyDriver {
  const d = new JourneyDriver(rules).advance(3).assess(['CAPITAL']).approve();
  const id = capitalModule(d).moduleId;
  d.runModule(id, 'PRESENT', false).advance(70);
  d.do({ type: 'recordModuleEvaluation', moduleId: id, preScore: 40, postScore: 75, assignmentResult: 'PASSED' });
  return d;
}

describe('capital access completes on a submitted proposal (v5 completionRequires)', () => {
  it('keeps CAPITAL_ACCESS running after its sessions and evaluation, and completes it on the proposal', () => {
    const d = capitalModuleDone();
    expect(capitalModule(d).status).toBe('ACTIVE');
    expect(d.state.stage).toBe('IN_INTERVENTION');
    const t = d.do(submit());
    expect(capitalModule(d).status).toBe('COMPLETED');
    expect(d.state.stage).toBe('RE_EVALUATION');
    expect(t.events.map((e) => e.type)).toEqual(['CAPITAL_PROPOSAL_SUBMITTED', 'MODULE_COMPLETED', 'STAGE_CHANGED']);
  });

  it('completes on sessions alone under v1..v4 and under rules stripped for an unpatched workflow', () => {
    expect(capitalModule(capitalModuleDone(getProgrammeRules('default', 4))).status).toBe('COMPLETED');
    expect(capitalModule(capitalModuleDone(withoutCompletionRequirements(V5))).status).toBe('COMPLETED');
    expect(V5.moduleTemplates.find((t) => t.id === 'CAPITAL_ACCESS')?.completionRequires).toBe(
      'CAPITAL_PROPOSAL_SUBMITTED',
    );
  });

  it('completes at the evaluation when the proposal came first', () => {
    const d = new JourneyDriver(V5).advance(3).assess(['CAPITAL']).approve();
    d.do(submit());
    const id = capitalModule(d).moduleId;
    d.runModule(id, 'PRESENT', false).advance(70);
    d.do({ type: 'recordModuleEvaluation', moduleId: id, preScore: 40, postScore: 75, assignmentResult: 'PASSED' });
    expect(capitalModule(d).status).toBe('COMPLETED');
  });
});

describe('a capital proposal moves SUBMITTED -> APPROVED or REJECTED -> RECEIVED', () => {
  it('records approval then receipt, with events naming the proposal and source', () => {
    const d = journeyAt('GRADUATED');
    d.do(submit('ev-p1', 'UMI'));
    d.do(decide('ev-p1', 'APPROVED'), MANAGER);
    const t = d.do(receive('ev-p1'), FACILITATOR);
    expect(d.state.capitalProposals).toEqual([
      expect.objectContaining({
        proposalId: 'ev-p1',
        source: 'UMI',
        status: 'RECEIVED',
        receiptEvidenceId: 'ev-receipt',
      }),
    ]);
    expect(t.events[0]).toMatchObject({ type: 'CAPITAL_RECEIVED', data: { proposalId: 'ev-p1', source: 'UMI' } });
  });

  it('refuses a receipt before approval, and after a rejection, changing nothing', () => {
    const d = journeyAt('GRADUATED');
    d.do(submit('ev-p1'));
    const before = d.state;
    expect(d.try(receive('ev-p1'))).toMatchObject({ ok: false, code: 'CAPITAL_PROPOSAL_NOT_APPROVED' });
    expect(d.state).toBe(before);
    d.do(decide('ev-p1', 'REJECTED'));
    expect(d.try(receive('ev-p1'))).toMatchObject({ ok: false, code: 'CAPITAL_PROPOSAL_NOT_APPROVED' });
    expect(d.try(decide('ev-p1', 'APPROVED'))).toMatchObject({ ok: false, code: 'CAPITAL_PROPOSAL_ALREADY_DECIDED' });
  });

  it('refuses an unknown proposal, a second receipt, a bad source, and the stages before the interventions', () => {
    const d = journeyAt('GRADUATED');
    expect(d.try(decide('nope', 'APPROVED'))).toMatchObject({ ok: false, code: 'CAPITAL_PROPOSAL_NOT_FOUND' });
    expect(d.try(receive('nope'))).toMatchObject({ ok: false, code: 'CAPITAL_PROPOSAL_NOT_FOUND' });
    expect(d.try(submit('ev-x', 'LOTTERY'))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    d.do(submit('ev-p1'));
    d.do(decide('ev-p1', 'APPROVED'));
    d.do(receive('ev-p1'));
    expect(d.try(receive('ev-p1'))).toMatchObject({ ok: false, code: 'CAPITAL_ALREADY_RECEIVED' });
    expect(journeyAt('PLANNING').try(submit())).toMatchObject({ ok: false, code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });
  });
});

describe('market channels', () => {
  it('opens each channel once', () => {
    const d = journeyAt('IN_INTERVENTION');
    const t = d.do({ type: 'openMarketChannel', channel: 'ONLINE', evidenceId: 'ev-m1' });
    expect(t.events[0]).toMatchObject({ type: 'MARKET_CHANNEL_OPENED', data: { channel: 'ONLINE' } });
    d.do({ type: 'openMarketChannel', channel: 'LOCAL', evidenceId: 'ev-m2' });
    expect(d.state.marketChannels?.map((c) => c.channel)).toEqual(['ONLINE', 'LOCAL']);
    expect(d.try({ type: 'openMarketChannel', channel: 'ONLINE', evidenceId: 'ev-m3' })).toMatchObject({
      ok: false,
      code: 'MARKET_CHANNEL_ALREADY_OPEN',
    });
    expect(d.try({ type: 'openMarketChannel', channel: 'MOON' as 'LOCAL', evidenceId: 'ev-m4' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('next action while CAPITAL_ACCESS waits for its proposal', () => {
  it('asks the facilitator for the capital proposal', () => {
    const d = capitalModuleDone();
    expect(nextExpectedAction(d.state, V5)).toMatchObject({ action: 'submitCapitalProposal', by: 'facilitator' });
  });
});
