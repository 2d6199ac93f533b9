import { JourneyWorkflowHarness } from '../support/journey-workflow-harness';
import { rejectionCode } from '../support/journey-history';
import { assessAndApprove } from '../support/journey-paths';

describe('journey workflow: withdrawal mid-module', () => {
  let h: JourneyWorkflowHarness;
  beforeAll(async () => {
    h = await JourneyWorkflowHarness.create();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  it(
    'withdrawing while a module runs closes the journey as WITHDRAWN and the workflow completes',
    () =>
      h.run(async () => {
        const j = await h.start();
        const planned = await assessAndApprove(j);
        const moduleId = planned.state.modules[0].moduleId;
        const now = await h.nowIso();
        await j.send({ type: 'scheduleSession', moduleId, sessionId: 's1', sessionType: 'THEORY', scheduledAt: now });
        const running = await j.send({
          type: 'recordAttendance',
          moduleId,
          sessionId: 's1',
          status: 'PRESENT',
          heldAt: now,
        });
        expect(running.state.modules[0].status).toBe('ACTIVE');

        expect(await rejectionCode(j.send({ type: 'withdraw', reasonEvidenceId: '' }))).toBe('REASON_REQUIRED');
        const withdrawn = await j.send({ type: 'withdraw', reasonEvidenceId: 'ev-withdraw' });
        expect(withdrawn.status).toBe('CLOSED');

        const final = await j.result();
        expect(final.state.stage).toBe('WITHDRAWN');
        expect(final.status).toBe('CLOSED');
        expect(final.state.closed).toMatchObject({ stage: 'WITHDRAWN', reasonEvidenceId: 'ev-withdraw' });
        expect(final.state.modules[0]).toMatchObject({
          status: 'ACTIVE',
          sessions: [{ sessionId: 's1', attendance: 'PRESENT' }],
        });
        expect(final.nextAction.action).toBe('NONE');
        expect((await j.handle.describe()).status.name).toBe('COMPLETED');
        // A closed workflow takes no more commands: the update cannot reach it.
        await expect(j.send({ type: 'correctData', field: 'x', reasonEvidenceId: 'ev-x' })).rejects.toThrow();
        await j.saveHistoryAs('withdrawal-mid-module');
      }),
    120_000,
  );
});
