import { commandUpdateId, commandUpdates } from '../../../workflows/journey/journey.messages';
import type { JourneyView } from '../../../workflows/journey/journey.messages';
import { FACILITATOR, JourneyWorkflowHarness, type JourneyClient } from '../support/journey-workflow-harness';
import { rejectionCode } from '../support/journey-history';

const DAY = 86_400_000;
const assess = {
  type: 'submitAssessment' as const,
  evidenceId: 'ev-assessment',
  needs: ['CAPITAL' as const],
  incomeToMinimumWageRatio: 0.35,
};

/** Sends the assessment as the API does for a record captured offline: with its field time (and an approval). */
const sendAt = async (j: JourneyClient, key: string, occurredAt: string, approved = false): Promise<JourneyView> =>
  j.viewOf(
    await j.handle.executeUpdate(commandUpdates.submitAssessment, {
      updateId: commandUpdateId('submitAssessment', key),
      args: [
        {
          idempotencyKey: key,
          actor: FACILITATOR,
          command: assess,
          occurredAt,
          ...(approved ? { lateApproval: { approvedBy: 'manager-1', evidenceId: 'ev-approval' } } : {}),
        },
      ],
    }),
  );

describe('journey workflow: records captured offline apply at their field time', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'an assessment from two days ago starts planning two days ago: its deadline counts from the field time',
    () =>
      h.run(async () => {
        const now = Date.parse(await h.nowIso());
        const j = await h.start({ enrolledAt: new Date(now - 5 * DAY).toISOString() });
        const occurredAt = new Date(now - 2 * DAY).toISOString();
        const view = await sendAt(j, 'field-assess-1', occurredAt);
        expect(view.state.stage).toBe('PLANNING');
        expect(view.state.stageEnteredAt).toBe(occurredAt);
        expect(view.state.fieldTimes).toEqual({ submitAssessment: occurredAt });
        // v1: the plan is due 14 days after planning began, in the field
        expect(view.nextAction.dueAt).toBe(new Date(now - 2 * DAY + 14 * DAY).toISOString());
        const recorded = h.recorded.flatMap((r) => r.steps).filter((s) => s.idempotencyKey === 'field-assess-1');
        expect(recorded).toHaveLength(1);
        expect(recorded[0].occurredAt).toBe(occurredAt);
        expect(recorded[0].events.every((e) => e.at === occurredAt)).toBe(true);
      }),
    120_000,
  );

  it(
    'a record three weeks old is refused until a manager approves it; one in the future is refused outright',
    () =>
      h.run(async () => {
        const now = Date.parse(await h.nowIso());
        const j = await h.start({ enrolledAt: new Date(now - 30 * DAY).toISOString() });
        const old = new Date(now - 21 * DAY).toISOString();
        expect(await rejectionCode(sendAt(j, 'field-late-1', old))).toBe('LATE_RECORD_NEEDS_APPROVAL');
        expect(await rejectionCode(sendAt(j, 'field-future-1', new Date(now + DAY).toISOString(), true))).toBe(
          'OCCURRED_AT_IN_FUTURE',
        );
        expect((await j.view()).state.stage).toBe('ENROLLED');
        const view = await sendAt(j, 'field-late-1', old, true);
        expect(view.state.stage).toBe('PLANNING');
        expect(view.state.stageEnteredAt).toBe(old);
        const step = h.recorded.flatMap((r) => r.steps).find((s) => s.idempotencyKey === 'field-late-1');
        expect(step?.lateApproval).toEqual({ approvedBy: 'manager-1', evidenceId: 'ev-approval' });
        expect(step?.evidenceIds).toEqual(['ev-assessment', 'ev-approval']);
      }),
    120_000,
  );
});
