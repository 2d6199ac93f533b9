import { rejectionCode } from '../support/journey-history';
import { ComplaintWorkflowHarness, MANAGER, RESPONSE_DAYS } from '../support/complaint-workflow-harness';

const STAFF = { userId: 'staff-7', role: 'facilitator' } as const;
/** Waits (in real time, up to 10 s) for what a workflow does after a timer fired. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}
const triage = { type: 'triage', category: 'SERVICE_QUALITY', priority: 'NORMAL', assigneeId: STAFF.userId } as const;

describe('complaint workflow: staff steps', () => {
  let h: ComplaintWorkflowHarness;
  beforeAll(async () => {
    h = await ComplaintWorkflowHarness.create();
  }, 120_000);
  afterAll(() => h?.teardown());

  it('records each step before its update answers, once and in order, and ends when closed', async () => {
    await h.run(async () => {
      const c = await h.start();
      expect((await c.step(triage)).status).toBe('TRIAGED');
      expect(c.recorded()).toEqual([{ kind: 'triage', seq: 1, by: 'manager' }]);
      expect((await c.step({ type: 'answer', answerId: 'answer-1' }, STAFF)).status).toBe('ANSWERED');
      expect(c.recorded().at(-1)).toEqual({ kind: 'answer', seq: 2, by: 'facilitator' });
      expect((await c.step({ type: 'close', outcome: 'RESOLVED' })).status).toBe('CLOSED');
      expect(c.recorded().map((r) => r.kind)).toEqual(['triage', 'answer', 'close']);
      expect((await c.result()).outcome).toBe('RESOLVED');
      await c.saveHistoryAs('triage-answer-close');
    });
  });

  it('applies the same key twice once, and refuses a key reused for another step', async () => {
    await h.run(async () => {
      const c = await h.start();
      await c.step(triage, MANAGER, 'key-1');
      // Another update id with the same key reaches the workflow, which answers without applying.
      const again = await c.step(triage, MANAGER, 'key-1', 'triage:key-1:retry');
      expect(again.seq).toBe(1);
      expect(await rejectionCode(c.step({ type: 'answer', answerId: 'a-1' }, MANAGER, 'key-1'))).toBe(
        'IDEMPOTENCY_KEY_REUSED',
      );
      expect(c.recorded()).toEqual([{ kind: 'triage', seq: 1, by: 'manager' }]);
      await c.step({ type: 'close', outcome: 'WITHDRAWN' });
      expect((await c.result()).status).toBe('CLOSED');
      await c.saveHistoryAs('idempotency');
    });
  });

  it('refuses a step out of order without recording it', async () => {
    await h.run(async () => {
      const c = await h.start();
      expect(await rejectionCode(c.step({ type: 'answer', answerId: 'a-1' }))).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
      expect(c.recorded()).toEqual([]);
      await c.step({ type: 'close', outcome: 'WITHDRAWN' });
      await c.result();
    });
  });

  it('escalates an unanswered complaint to the manager once, at its response deadline', async () => {
    await h.run(async () => {
      const c = await h.start();
      await c.step(triage);
      await h.env.sleep(`${RESPONSE_DAYS + 1} days`);
      await until(() => c.recorded().length === 2);
      expect((await c.state()).escalatedAt).not.toBeNull();
      expect(c.recorded()).toEqual([
        { kind: 'triage', seq: 1, by: 'manager' },
        { kind: 'escalate', seq: 2, by: 'system' },
      ]);
      await c.step({ type: 'answer', answerId: 'answer-late' });
      await c.step({ type: 'close', outcome: 'RESOLVED' });
      await c.result();
      expect(c.recorded().map((r) => r.kind)).toEqual(['triage', 'escalate', 'answer', 'close']);
      await c.saveHistoryAs('escalation-then-answer');
    });
  });
});
