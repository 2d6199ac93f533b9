import type { NeedCode } from '../../../domain/programme/programme-rules.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { journeyRuns, recordedSeqs, updateIdsIn } from '../support/journey-history';
import { intensiveCycle, reEvaluate, recordAllFollowUps } from '../support/journey-paths';

/**
 * Temporal's own limits per run: warn at 4,096 events (continue-as-new suggested), 2,000 updates hard; ours keep
 * a margin.
 */
const MAX_EVENTS_PER_RUN = 4_096;
const MAX_UPDATES_PER_RUN = 1_800;
const EXTENSIONS_PER_MODULE = 3;

/**
 * Fault drill 7 (bounds): the longest journey the programme allows in practice, on the real
 * workflow code: every need (so every module), each module at its template's most sessions,
 * extended three times, a pause, data corrections, both intensive cycles, the termination review
 * granting a third, graduation and every follow-up. Each run of it stays under Temporal's limits.
 */
describe('journey workflow: bounds of the longest realistic journey', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    `keeps every run under ${MAX_EVENTS_PER_RUN} events and ${MAX_UPDATES_PER_RUN} updates`,
    () =>
      h.run(async () => {
        const rules = getProgrammeRules('default', 1);
        const j = await h.start();
        const needs: NeedCode[] = [
          'JOB_SKILLS',
          'ENTREPRENEURSHIP_SKILLS',
          'FINANCIAL_MANAGEMENT',
          'CAPITAL',
          'MARKET',
          'EDUCATION',
          'TECHNICAL_MENTORING',
          'SOCIAL_MENTORING',
          'MANAGERIAL_MENTORING',
        ];
        await j.send({ type: 'submitAssessment', evidenceId: 'ev-assessment', needs, incomeToMinimumWageRatio: 0.3 });
        const proposed = (await j.view()).state.proposedModules;
        const template = (templateId: string) => rules.moduleTemplates.find((t) => t.id === templateId)!;
        const most = (templateId: string) => template(templateId).sessions.max;
        const plan = await j.send({
          type: 'approvePlan',
          modules: proposed.map((m) => ({ ...m, plannedSessions: most(m.templateId) })),
        });
        expect(plan.state.modules).toHaveLength(rules.moduleTemplates.length);

        let corrections = 0;
        for (const module of plan.state.modules) {
          for (let e = 1; e <= EXTENSIONS_PER_MODULE; e++)
            await j.send({
              type: 'extendModule',
              moduleId: module.moduleId,
              extraDays: 30,
              reasonEvidenceId: `ev-ext-${module.moduleId}-${e}`,
            });
          const types = template(module.templateId).sessionMix.map((m) => m.type);
          for (let i = 1; i <= module.plannedSessions; i++) {
            const now = await h.nowIso();
            const sessionId = `${module.moduleId}-s${i}`;
            await j.send({
              type: 'scheduleSession',
              moduleId: module.moduleId,
              sessionId,
              sessionType: types[i % types.length],
              scheduledAt: now,
            });
            await j.send({
              type: 'recordAttendance',
              moduleId: module.moduleId,
              sessionId,
              status: i % 5 === 0 ? 'ABSENT' : 'PRESENT',
              heldAt: now,
            });
            if (i % 4 === 0)
              await j.send({
                type: 'correctData',
                field: `attendance-${sessionId}`,
                reasonEvidenceId: `ev-fix-${++corrections}`,
              });
          }
          if (module === plan.state.modules[0]) {
            await j.send({ type: 'pause', reasonEvidenceId: 'ev-pause' });
            await j.send({ type: 'resume' });
          }
          await j.send({
            type: 'recordModuleEvaluation',
            moduleId: module.moduleId,
            preScore: 30,
            postScore: 75,
            assignmentResult: 'PASSED',
          });
        }

        for (let n = 1; n <= rules.intensiveSupport.cyclesBeforeTerminationReview; n++) {
          await reEvaluate(j, false);
          await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
          await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: `ev-comm-notyet-${n}` });
          await intensiveCycle(j, n);
        }
        await reEvaluate(j, false);
        expect((await j.send({ type: 'decideGraduation', decision: 'NOT_YET' })).state.stage).toBe(
          'TERMINATION_REVIEW',
        );
        await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-review' });
        await j.send({ type: 'decideTermination', decision: 'ANOTHER_CYCLE', reasonEvidenceId: 'ev-another' });
        await intensiveCycle(j, rules.intensiveSupport.cyclesBeforeTerminationReview + 1);
        await reEvaluate(j, true);
        await j.send({ type: 'decideGraduation', decision: 'GRADUATE' });
        await j.send({ type: 'recordCommunication', decision: 'GRADUATE', evidenceId: 'ev-comm-grad' });
        await recordAllFollowUps(j);
        const final = await j.result();
        expect(final.state).toMatchObject({ stage: 'COMPLETED', closed: { stage: 'COMPLETED' } });
        expect(final.state.followUps.every((f) => f.recordedAt)).toBe(true);

        const runs = (await journeyRuns(j)).map((r) => ({
          events: r.history.events!.length,
          updates: new Set(updateIdsIn(r.history)).size,
        }));
        const totalUpdates = runs.reduce((sum, r) => sum + r.updates, 0);
        expect(totalUpdates).toBeGreaterThan(180); // it is long: about two hundred commands
        const worst = {
          events: Math.max(...runs.map((r) => r.events)),
          updates: Math.max(...runs.map((r) => r.updates)),
        };
        if (process.env.JEJAK_PRINT_BOUNDS)
          process.stdout.write(
            `bounds: ${runs.length} runs, ${totalUpdates} updates, worst run ${JSON.stringify(worst)}\n`,
          );
        expect(worst.events).toBeLessThan(MAX_EVENTS_PER_RUN);
        expect(worst.updates).toBeLessThan(MAX_UPDATES_PER_RUN);
        expect(recordedSeqs(j)).toEqual(Array.from({ length: final.state.seq }, (_, i) => i + 1));
        await j.saveHistoryAs('longest-realistic-journey');
      }),
    300_000,
  );
});
