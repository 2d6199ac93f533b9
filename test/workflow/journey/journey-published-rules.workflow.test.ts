import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { JourneyWorkflowHarness, MANAGER } from '../support/journey-workflow-harness';
import { assessAndApprove, reEvaluate, runAllModules } from '../support/journey-paths';

/** A rules version published through the API (not bundled with the worker): the journey carries its document. */
const published = (version: number, ratio: number): ProgrammeRules => {
  const rules = JSON.parse(JSON.stringify(getProgrammeRules('default', 2))) as ProgrammeRules;
  rules.programmeRulesId = 'published-only';
  rules.version = version;
  rules.graduation.minIncomeToMinimumWageRatio = ratio;
  return rules;
};

describe('journey workflow: a journey on a published rules version', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it('runs on the document it started with across every continue-as-new, and on the one a migration carries', () =>
    h.run(async () => {
      const j = await h.start({ rulesId: 'published-only', rulesVersion: 1 }, published(1, 1.5));
      await assessAndApprove(j);
      await runAllModules(j);
      // 1.2 times the minimum wage graduates on the bundled rules (1.0), not on this version (1.5).
      const reviewed = await reEvaluate(j, true);
      expect(reviewed.state.stage).toBe('GRADUATION_REVIEW');
      expect(reviewed.state.reEvaluations[0].proposal.proposal).toBe('NOT_YET');
      const description = await j.handle.describe();
      expect(description.runId).not.toBe(j.firstRunId); // it continued as new at each stage change

      const migrated = await j.send(
        { type: 'migrateRules', rulesVersion: 2, reasonEvidenceId: 'ev-why', rules: published(2, 1.1) },
        MANAGER,
      );
      expect(migrated.state.rulesVersion).toBe(2);
      expect(migrated.nextAction).toBeTruthy(); // computed on version 2, which only the command carried
    }));
});
