import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { recordedEffects } from '../support/journey-history';
import {
  eventually,
  notYetIntoIntensiveSupport,
  sleepUntil,
  throughFailedReEvaluation,
} from '../support/journey-paths';

const DAY = 86_400_000;
const at = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
/** Default v5 (visits every 7 days, 3 of grace; ladder 3 and 7 days); modules here run faster than their minimum. */
const V5: ProgrammeRules = { ...getProgrammeRules('default', 5), moduleDelivery: undefined };

describe('journey workflow (v5): a missed intensive-support visit is a durable deadline that escalates', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'overdue 10 days after the start, the coordinator 3 days later; a visit clears it; the review measures change',
    () =>
      h.run(async () => {
        const j = await h.start({ rulesVersion: 5 }, V5);
        await throughFailedReEvaluation(j);
        const started = await notYetIntoIntensiveSupport(j);
        const cycle = started.state.intensiveCycles[0];
        const dueAt = at(cycle.startedAt, 10 * DAY);
        expect(started.nextAction).toEqual({ action: 'recordIntensiveVisit', by: 'facilitator', dueAt });

        await sleepUntil(j, dueAt, -60_000);
        expect((await j.view()).state.overdue).toEqual([]);
        await sleepUntil(j, dueAt, 60_000);
        const late = await eventually(j, (v) => v.state.overdue.length > 0);
        expect(late.state.overdue).toEqual([
          expect.objectContaining({ kind: 'INTENSIVE_VISIT', dueAt, escalatedTo: 'FACILITATOR' }),
        ]);
        await sleepUntil(j, dueAt, 3 * DAY + 60_000);
        await eventually(j, (v) => v.state.overdue[0]?.escalatedTo === 'COORDINATOR');

        const visitedAt = await h.nowIso();
        const visited = await j.send({
          type: 'recordIntensiveVisit',
          visitedAt,
          kind: 'HOME_VISIT',
          evidenceId: 'ev-v1',
        });
        expect(visited.state.overdue).toEqual([]);
        expect(visited.nextAction.dueAt).toBe(at(visitedAt, 10 * DAY));
        expect(recordedEffects(j).map((e) => [e.kind, e.reason])).toEqual([
          ['ESCALATE_TO_FACILITATOR', 'INTENSIVE_VISIT overdue'],
          ['ESCALATE_TO_COORDINATOR', 'INTENSIVE_VISIT overdue'],
        ]);

        // Visits keep coming every week until the cycle ends; the review after it measures the change.
        for (let t = Date.parse(visitedAt) + 7 * DAY; t < Date.parse(cycle.plannedEnd); t += 7 * DAY) {
          await sleepUntil(j, new Date(t).toISOString());
          await j.send({
            type: 'recordIntensiveVisit',
            visitedAt: await h.nowIso(),
            kind: 'PHONE',
            evidenceId: `ev-${t}`,
          });
        }
        await sleepUntil(j, cycle.plannedEnd, 60_000);
        await eventually(j, (v) => v.state.stage === 'RE_EVALUATION');
        const reviewed = await j.send({
          type: 'submitReEvaluation',
          evidenceId: 'ev-review',
          incomeToMinimumWageRatio: 0.8,
          businessRunning: false,
          mindsetChanged: true,
        });
        expect(reviewed.state.intensiveCycles[0].measuredChange).toMatchObject({
          significant: true,
          dimensions: [
            { dimension: 'INCOME', from: 0.5, to: 0.8, change: 0.3, significant: true },
            { dimension: 'WELFARE_LEVEL', change: 0, significant: false },
            { dimension: 'BUSINESS_RUNNING', change: 0, significant: false },
            { dimension: 'IN_WORK', change: 0, significant: false },
          ],
        });
        expect(recordedEffects(j)).toHaveLength(2);
        await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        await j.result();
        await j.saveHistoryAs('intensive-visit-overdue-v5');
      }),
    180_000,
  );
});
