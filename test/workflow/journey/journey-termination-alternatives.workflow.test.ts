import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import {
  eventually,
  notYetIntoIntensiveSupport,
  reEvaluate,
  sleepUntil,
  throughFailedReEvaluation,
} from '../support/journey-paths';

const DAY = 86_400_000;
/** Default v5 with one cycle before the termination review; modules here run faster than their minimum. */
const V5: ProgrammeRules = {
  ...getProgrammeRules('default', 5),
  moduleDelivery: undefined,
  intensiveSupport: { ...getProgrammeRules('default', 5).intensiveSupport, cyclesBeforeTerminationReview: 1 },
};

describe('journey workflow (v5): a termination stays open until its alternatives are answered', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'answers due 30 days after the termination is communicated, overdue past it; the last answer closes it',
    () =>
      h.run(async () => {
        const j = await h.start({ rulesVersion: 5 }, V5);
        await throughFailedReEvaluation(j);
        const started = await notYetIntoIntensiveSupport(j);
        await sleepUntil(j, started.state.intensiveCycles[0].plannedEnd, 60_000);
        await eventually(j, (v) => v.state.stage === 'RE_EVALUATION');
        await reEvaluate(j, false);
        await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
        await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-review' });
        const decided = await j.send({
          type: 'decideTermination',
          decision: 'TERMINATE',
          reasonEvidenceId: 'ev-termination',
          alternatives: ['REFERRAL', 'SOCIAL_ASSISTANCE'],
        });
        expect(decided.state.termination?.measuredChange?.significant).toBe(false);
        const told = await j.send({ type: 'recordCommunication', decision: 'TERMINATE', evidenceId: 'ev-comm-t' });
        expect(told.status).toBe('ACTIVE');
        const dueAt = told.state.termination!.answerDueAt!;
        expect(Date.parse(dueAt) - Date.parse(told.state.decisions.at(-1)!.communicatedAt!)).toBe(30 * DAY);

        await sleepUntil(j, dueAt, 60_000);
        await eventually(j, (v) => v.state.overdue.some((o) => o.kind === 'ALTERNATIVE_ANSWER'));
        await j.send({
          type: 'recordTerminationAlternativeAnswer',
          alternative: 'REFERRAL',
          answer: 'DECLINED',
          evidenceId: 'ev-a1',
        });
        await j.send({
          type: 'recordTerminationAlternativeAnswer',
          alternative: 'SOCIAL_ASSISTANCE',
          answer: 'ACCEPTED',
          evidenceId: 'ev-a2',
        });
        const final = await j.result();
        expect(final.status).toBe('CLOSED');
        expect(final.state.closed).toMatchObject({ stage: 'TERMINATED', reasonEvidenceId: 'ev-termination' });
        await j.saveHistoryAs('termination-alternatives-answered-v5');
      }),
    180_000,
  );
});
