import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { attendAllSessions, graduateAndCommunicate } from '../support/journey-paths';

/**
 * A vocational graduate in a wage job graduates on the JOB track (rules v5: graduation.byTrack), through the
 * workflow: the plan takes the track the assessment proposes, the re-evaluation carries in work and months in
 * work (never the wage), and the proposal judges MONTHS_IN_WORK instead of a business.
 */
describe('journey workflow: the JOB livelihood track', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'graduates a wage earner without a business, then records a follow-up with the work',
    () =>
      h.run(async () => {
        const j = await h.start({ programmeId: 'training-sandbox', rulesId: 'training-sandbox', rulesVersion: 5 });
        await j.send({
          type: 'submitAssessment',
          evidenceId: 'ev-a',
          needs: ['JOB_SKILLS'],
          incomeToMinimumWageRatio: 0.3,
        });
        const planning = await j.view();
        const planned = await j.send({ type: 'approvePlan', modules: planning.state.proposedModules });
        expect(planned.state.track).toBe('JOB');
        await attendAllSessions(j, planned.state.modules);
        await h.env.sleep(60_000); // past every template's minimum duration (a sandbox month is 8.64 s)
        for (const module of planned.state.modules) {
          const evaluation = { preScore: 40, postScore: 80, assignmentResult: 'PASSED' as const };
          await j.send({ type: 'recordModuleEvaluation', moduleId: module.moduleId, ...evaluation });
        }
        const review = await j.send({
          type: 'submitReEvaluation',
          evidenceId: 'ev-re',
          incomeToMinimumWageRatio: 1.3,
          businessRunning: false,
          mindsetChanged: true,
          inWork: true,
          monthsInWork: 4,
        });
        const proposal = review.state.reEvaluations.at(-1)!.proposal;
        expect(proposal.proposal).toBe('GRADUATE');
        expect(proposal.criteria.map((c) => c.criterion)).toContain('MONTHS_IN_WORK');
        expect(proposal.criteria.map((c) => c.criterion)).not.toContain('BUSINESS_RUNNING');

        const graduated = await graduateAndCommunicate(j);
        expect(graduated.state.stage).toBe('GRADUATED');
        const first = graduated.state.followUps[0];
        await h.env.sleep(Math.max(0, Date.parse(first.dueAt) - (await h.env.currentTimeMs())));
        const followed = await j.send({
          type: 'recordFollowUp',
          index: 0,
          evidenceId: 'ev-fu-0',
          incomeToMinimumWageRatio: 1.4,
          businessRunning: false,
          inWork: true,
          monthsInWork: 5,
        });
        expect(followed.state.followUps[0]).toMatchObject({ inWork: true, monthsInWork: 5 });
        await j.saveHistoryAs('livelihood-job-track');
      }),
    120_000,
  );
});
