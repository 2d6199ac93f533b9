import { ApplicationFailure, allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ComplaintRecordingActivities } from '../../domain/complaint/complaint-recording.types';
import {
  applyComplaintStep,
  awaitsAnswer,
  COMPLAINT_STEP_TYPES,
  escalateOverdue,
  startComplaint,
  type ComplaintEnvelope,
  type ComplaintState,
} from '../../domain/complaint/complaint.machine';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import { complaintStateQuery, complaintUpdates, type ComplaintWorkflowInput } from './complaint.messages';

const { recordComplaintStep } = proxyActivities<ComplaintRecordingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One complaint, from filing to closure. Thin: the rules are domain/complaint/complaint.machine.ts.
 * Staff steps are updates validated before they enter history; a durable timer to the response
 * deadline (programme rules grievance.complaintResponseDays) escalates an unanswered complaint to
 * the manager once, through the recording activity (notification + audit row).
 */
export async function complaintWorkflow(input: ComplaintWorkflowInput): Promise<ComplaintState> {
  const days = getProgrammeRules(input.rulesId, input.rulesVersion).grievance?.complaintResponseDays;
  if (!days)
    throw ApplicationFailure.nonRetryable(
      `Programme rules ${input.rulesId} v${input.rulesVersion} have no grievance.complaintResponseDays`,
      'VALIDATION_FAILED',
    );
  let state = startComplaint(input.complaintId, input.receivedAt, days);
  const processed = new Map<string, string>();

  const check = (envelope: ComplaintEnvelope): ComplaintState | null => {
    const seen = processed.get(envelope.key);
    if (seen === envelope.step.type) return null; // a retried step: answer, apply nothing
    if (seen)
      throw ApplicationFailure.create({
        type: 'IDEMPOTENCY_KEY_REUSED',
        message: `key already used for ${seen}`,
        nonRetryable: true,
      });
    const t = applyComplaintStep(state, envelope);
    if (!t.ok) throw ApplicationFailure.create({ type: t.code, message: t.message, nonRetryable: true });
    return t.state;
  };

  setHandler(complaintStateQuery, () => state);
  for (const type of COMPLAINT_STEP_TYPES) {
    setHandler(
      complaintUpdates[type],
      async (envelope: ComplaintEnvelope) => {
        const next = check(envelope);
        if (next) {
          state = next;
          processed.set(envelope.key, envelope.step.type);
          await recordComplaintStep({
            state: next,
            kind: envelope.step.type,
            actor: envelope.actor,
            at: new Date().toISOString(),
          });
        }
        return state;
      },
      {
        validator: (envelope: ComplaintEnvelope) => {
          check(envelope);
        },
      },
    );
  }

  while (state.status !== 'CLOSED') {
    const seq = state.seq;
    if (!awaitsAnswer(state)) {
      await condition(() => state.seq !== seq);
      continue;
    }
    const waitMs = Math.max(0, Date.parse(state.responseDueAt) - Date.now());
    const changed = waitMs > 0 && (await condition(() => state.seq !== seq, waitMs));
    if (changed) continue;
    const escalated = escalateOverdue(state, new Date().toISOString());
    if (!escalated) continue;
    state = escalated;
    await recordComplaintStep({
      state: escalated,
      kind: 'escalate',
      actor: { userId: 'system', role: 'system' },
      at: escalated.escalatedAt!,
    });
  }
  await condition(allHandlersFinished);
  return state;
}
