import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { attendAllSessions } from '../support/journey-paths';

/**
 * Capital access through the workflow on rules v5 (CAPITAL_ACCESS completionRequires CAPITAL_PROPOSAL_SUBMITTED):
 * the module waits after its sessions and evaluation, completes on the proposal, and the proposal is approved and
 * received; a market channel and the module-end survey follow. Its history carries the
 * `module-completion-requirements` patch marker and joins the replayed histories.
 */
describe('journey workflow: capital access completes on a submitted proposal', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'keeps CAPITAL_ACCESS running until the proposal, then records approval, receipt, a channel and a survey',
    () =>
      h.run(async () => {
        const j = await h.start({ programmeId: 'training-sandbox', rulesId: 'training-sandbox', rulesVersion: 5 });
        await j.send({
          type: 'submitAssessment',
          evidenceId: 'ev-a',
          needs: ['CAPITAL'],
          incomeToMinimumWageRatio: 0.3,
        });
        const planning = await j.view();
        const planned = await j.send({ type: 'approvePlan', modules: planning.state.proposedModules });
        const [module] = planned.state.modules;
        expect(module.templateId).toBe('CAPITAL_ACCESS');
        await attendAllSessions(j, [module]);
        await h.env.sleep(60_000); // past the template's minimum duration (a sandbox month is 8.64 s)
        const evaluation = { preScore: 40, postScore: 80, assignmentResult: 'PASSED' as const };
        const waiting = await j.send({ type: 'recordModuleEvaluation', moduleId: module.moduleId, ...evaluation });
        expect(waiting.state.modules[0].status).toBe('ACTIVE');
        expect(waiting.nextAction.action).toBe('submitCapitalProposal');

        const submitted = await j.send({ type: 'submitCapitalProposal', source: 'KUR', evidenceId: 'ev-p' });
        expect(submitted.state.modules[0].status).toBe('COMPLETED');
        expect(submitted.state.stage).toBe('RE_EVALUATION');
        await j.send({ type: 'decideCapitalProposal', proposalId: 'ev-p', decision: 'APPROVED', evidenceId: 'ev-d' });
        const received = await j.send({ type: 'recordCapitalReceipt', proposalId: 'ev-p', evidenceId: 'ev-r' });
        expect(received.state.capitalProposals?.[0].status).toBe('RECEIVED');
        await j.send({ type: 'openMarketChannel', channel: 'ONLINE', evidenceId: 'ev-m' });
        const answers = (['CONTENT_USEFUL', 'FACILITATOR_SUPPORT', 'SCHEDULE_SUITABLE', 'OVERALL'] as const).map(
          (item) => ({ item, score: 4 }),
        );
        const surveyed = await j.send({
          type: 'recordSatisfaction',
          occasion: 'MODULE_END',
          moduleId: module.moduleId,
          answers,
          evidenceId: 'ev-s',
        });
        expect(surveyed.state.satisfaction?.[0].meanScore).toBe(4);
        await j.saveHistoryAs('capital-access-proposal');
      }),
    120_000,
  );
});
