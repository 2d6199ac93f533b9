import { temporal } from '@temporalio/proto';
import type { Actor, JourneyCommand, Stage } from '../../../domain/journey/journey.types';
import { commandUpdateId } from '../../../workflows/journey/journey.messages';
import { FACILITATOR, JourneyWorkflowHarness, MANAGER, type JourneyClient } from '../support/journey-workflow-harness';
import { allUpdateIds, rejectionCode } from '../support/journey-history';
import { eventually, graduateAndCommunicate, reEvaluate, runAllModules, sleepUntil } from '../support/journey-paths';

const at = '2026-03-01T09:00:00.000Z';
const E = temporal.api.enums.v1.EventType;
const WORKFLOW_TASK_EVENTS = [
  E.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
  E.EVENT_TYPE_WORKFLOW_TASK_STARTED,
  E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
];
/**
 * Per stage: one command the stage does not allow (by a role that may issue it) and one manager command a
 * facilitator tries.
 */
const WRONG: Record<string, { notAllowed: [JourneyCommand, Actor]; managerOnly: JourneyCommand }> = {
  ENROLLED: {
    notAllowed: [
      { type: 'recordAttendance', moduleId: 'm', sessionId: 's', status: 'PRESENT', heldAt: at },
      FACILITATOR,
    ],
    managerOnly: { type: 'approvePlan', modules: [] },
  },
  PLANNING: {
    notAllowed: [
      { type: 'submitAssessment', evidenceId: 'ev-a', needs: ['CAPITAL'], incomeToMinimumWageRatio: 0.3 },
      FACILITATOR,
    ],
    managerOnly: { type: 'approvePlan', modules: [] },
  },
  IN_INTERVENTION: {
    notAllowed: [
      {
        type: 'submitReEvaluation',
        evidenceId: 'ev-r',
        incomeToMinimumWageRatio: 1.2,
        businessRunning: true,
        mindsetChanged: true,
      },
      FACILITATOR,
    ],
    managerOnly: { type: 'closeModule', moduleId: 'CAPITAL_ACCESS-1', reasonEvidenceId: 'ev-c' },
  },
  RE_EVALUATION: {
    notAllowed: [{ type: 'decideGraduation', decision: 'GRADUATE' }, MANAGER],
    managerOnly: { type: 'pause', reasonEvidenceId: 'ev-p' },
  },
  GRADUATION_REVIEW: {
    notAllowed: [
      { type: 'recordFollowUp', index: 0, evidenceId: 'ev-f', incomeToMinimumWageRatio: 1.2, businessRunning: true },
      FACILITATOR,
    ],
    managerOnly: { type: 'decideGraduation', decision: 'GRADUATE' },
  },
  NOT_GRADUATED: {
    notAllowed: [{ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-t' }, MANAGER],
    managerOnly: { type: 'exit', exitKind: 'EXIT', reasonEvidenceId: 'ev-e' },
  },
  INTENSIVE_SUPPORT: {
    notAllowed: [{ type: 'startIntensiveSupport', evidenceId: 'ev-s' }, FACILITATOR],
    managerOnly: { type: 'reassignFacilitator', facilitatorId: 'f-2', reasonEvidenceId: 'ev-ra' },
  },
  GRADUATED: {
    notAllowed: [{ type: 'approvePlan', modules: [] }, MANAGER],
    managerOnly: { type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-t' },
  },
};

describe('journey workflow: rejected commands leave no trace', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'in every reachable stage a command the stage forbids and a facilitator doing manager work ' +
      'are rejected before history',
    () =>
      h.run(async () => {
        const j = await h.start();
        const rejectedKeys: string[] = [];
        const seen: [Stage, string, string][] = [];

        async function probe(client: JourneyClient): Promise<void> {
          const { state } = await client.view();
          const wrong = WRONG[state.stage];
          const attempts: [JourneyCommand, Actor][] = [wrong.notAllowed, [wrong.managerOnly, FACILITATOR]];
          for (const [command, actor] of attempts) {
            const key = `rejected-${state.stage}-${command.type}-${actor.role}`;
            const code = await rejectionCode(client.send(command, actor, key));
            seen.push([state.stage, command.type, code]);
            rejectedKeys.push(commandUpdateId(command.type, key));
            expect((await client.view()).state.seq).toBe(state.seq); // nothing applied
          }
        }

        await probe(j);
        await j.send({
          type: 'submitAssessment',
          evidenceId: 'ev-assessment',
          needs: ['CAPITAL'],
          incomeToMinimumWageRatio: 0.35,
        });
        await probe(j);
        await j.send(
          { type: 'approvePlan', modules: (await j.view()).state.proposedModules },
          MANAGER,
          'accepted-approve-plan',
        );
        await probe(j);
        await runAllModules(j);
        await probe(j);
        await reEvaluate(j, false);
        await probe(j);
        await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
        await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-notyet' });
        await probe(j);
        await j.send({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes' });
        await j.send({ type: 'startIntensiveSupport', evidenceId: 'ev-plan' });
        await j.send({ type: 'recordCommunication', decision: 'INTENSIVE_SUPPORT', evidenceId: 'ev-comm-is' });
        await probe(j);
        // Cycle end by timer, then a passing re-evaluation and graduation.
        await sleepUntil(j, (await j.view()).state.intensiveCycles[0].plannedEnd, 60_000);
        await eventually(j, (v) => v.state.stage === 'RE_EVALUATION');
        await reEvaluate(j, true);
        await graduateAndCommunicate(j);
        await probe(j);

        // Once the run is settled, rejections add no journey event at all. (A real server (1.21+) runs
        // the validator on a speculative workflow task and writes nothing; the time-skipping test server
        // has no speculative tasks, so it keeps the workflow-task events and nothing else.)
        await new Promise((resolve) => setTimeout(resolve, 500)); // let the GRADUATED run's continue-as-new settle
        const runId = (await j.handle.describe()).runId;
        const eventTypes = async () =>
          (await h.env.client.workflow.getHandle(j.handle.workflowId, runId).fetchHistory()).events!.map(
            (e) => e.eventType!,
          );
        const before = await eventTypes();
        await probe(j);
        const added = (await eventTypes()).slice(before.length);
        expect(added.filter((t) => !WORKFLOW_TASK_EVENTS.includes(t))).toEqual([]);

        const stages = Object.keys(WRONG);
        expect(seen.filter(([, , code]) => code === 'COMMAND_NOT_ALLOWED_IN_STAGE').map(([stage]) => stage)).toEqual([
          ...stages,
          'GRADUATED',
        ]);
        expect(seen.filter(([, , code]) => code === 'FORBIDDEN').map(([stage]) => stage)).toEqual([
          ...stages,
          'GRADUATED',
        ]);

        // The key property: a rejected update never reaches any run's history; an accepted one does.
        const inHistory = await allUpdateIds(j);
        expect(inHistory).toContain(commandUpdateId('approvePlan', 'accepted-approve-plan'));
        expect(rejectedKeys.filter((k) => inHistory.includes(k))).toEqual([]);
        expect(rejectedKeys).toHaveLength(18);

        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('rejected-commands-every-stage');
      }),
    120_000,
  );
});
