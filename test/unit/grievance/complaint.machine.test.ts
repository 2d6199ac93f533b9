import {
  applyComplaintStep,
  awaitsAnswer,
  escalateOverdue,
  isOverdue,
  startComplaint,
  type ComplaintEnvelope,
  type ComplaintState,
  type ComplaintStep,
} from '../../../domain/complaint/complaint.machine';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const MANAGER = { userId: 'm1', role: 'manager' as const };
const F1 = { userId: 'f1', role: 'facilitator' as const };
const F2 = { userId: 'f2', role: 'facilitator' as const };
const env = (step: ComplaintStep, actor: ComplaintEnvelope['actor'] = MANAGER): ComplaintEnvelope => ({
  key: 'k-00000001',
  actor,
  step,
});
const TRIAGE: ComplaintStep = { type: 'triage', category: 'COMMUNICATION', priority: 'HIGH', assigneeId: 'f1' };

function run(state: ComplaintState, envelope: ComplaintEnvelope): ComplaintState {
  const t = applyComplaintStep(state, envelope);
  if (!t.ok) throw new Error(`${t.code}: ${t.message}`);
  return t.state;
}
const codeOf = (state: ComplaintState, envelope: ComplaintEnvelope) => {
  const t = applyComplaintStep(state, envelope);
  return t.ok ? 'OK' : t.code;
};

describe('complaint machine', () => {
  const received = startComplaint('c1', '2026-11-01T00:00:00.000Z', 14);

  it('gives the response deadline from the programme rules (default 14 days; the sandbox a few seconds)', () => {
    expect(received).toMatchObject({
      status: 'RECEIVED',
      responseDueAt: '2026-11-15T00:00:00.000Z',
      seq: 0,
      escalatedAt: null,
    });
    const days = getProgrammeRules('training-sandbox', 1).grievance!.complaintResponseDays;
    const sandbox = startComplaint('c2', '2026-11-01T00:00:00.000Z', days);
    expect(Date.parse(sandbox.responseDueAt) - Date.parse(sandbox.receivedAt)).toBeLessThan(10_000);
    expect(getProgrammeRules('default', 1).grievance!.complaintResponseDays).toBe(14);
  });

  it('runs triage -> answer (by the assignee) -> close, one seq per step', () => {
    const triaged = run(received, env(TRIAGE));
    expect(triaged).toMatchObject({
      status: 'TRIAGED',
      category: 'COMMUNICATION',
      priority: 'HIGH',
      assigneeId: 'f1',
      seq: 1,
    });
    const answered = run(triaged, env({ type: 'answer', answerId: 'a1' }, F1));
    expect(answered).toMatchObject({ status: 'ANSWERED', answerId: 'a1', seq: 2 });
    expect(run(answered, env({ type: 'close', outcome: 'RESOLVED' }))).toMatchObject({
      status: 'CLOSED',
      outcome: 'RESOLVED',
      seq: 3,
    });
  });

  it('refuses steps out of order, by the wrong person, with bad codes, or after closing', () => {
    const triaged = run(received, env(TRIAGE));
    expect(codeOf(received, env({ type: 'answer', answerId: 'a1' }))).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
    expect(codeOf(received, env(TRIAGE, F1))).toBe('FORBIDDEN');
    expect(codeOf(triaged, env({ type: 'answer', answerId: 'a1' }, F2))).toBe('FORBIDDEN');
    expect(codeOf(triaged, env({ type: 'answer', answerId: 'a1' }))).toBe('OK'); // the manager may always answer
    expect(codeOf(received, env({ ...TRIAGE, category: 'NOPE' } as never))).toBe('VALIDATION_FAILED');
    expect(codeOf(received, env({ ...TRIAGE, assigneeId: 'bad id with spaces' }))).toBe('VALIDATION_FAILED');
    // Not answered yet.
    expect(codeOf(triaged, env({ type: 'close', outcome: 'RESOLVED' }))).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
    const withdrawn = run(triaged, env({ type: 'close', outcome: 'WITHDRAWN' }));
    expect(withdrawn.status).toBe('CLOSED');
    expect(codeOf(withdrawn, env(TRIAGE))).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
    const answered = run(triaged, env({ type: 'answer', answerId: 'a1' }));
    expect(codeOf(answered, env(TRIAGE))).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
  });

  it('escalates an unanswered complaint once, at the deadline and not before; an answered one never', () => {
    expect(escalateOverdue(received, '2026-11-14T23:59:59.000Z')).toBeNull();
    expect(isOverdue(received, '2026-11-15T00:00:00.000Z')).toBe(true);
    const escalated = escalateOverdue(received, '2026-11-15T00:00:01.000Z')!;
    expect(escalated).toMatchObject({ escalatedAt: '2026-11-15T00:00:01.000Z', seq: 1, status: 'RECEIVED' });
    expect(awaitsAnswer(escalated)).toBe(false);
    expect(escalateOverdue(escalated, '2026-11-20T00:00:00.000Z')).toBeNull();
    const answered = run(run(received, env(TRIAGE)), env({ type: 'answer', answerId: 'a1' }));
    expect(escalateOverdue(answered, '2026-11-20T00:00:00.000Z')).toBeNull();
    expect(isOverdue(answered, '2026-11-20T00:00:00.000Z')).toBe(false);
  });
});
