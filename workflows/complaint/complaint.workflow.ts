import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type {
  ComplaintRecordingActivities,
  RecordComplaintStepInput,
} from '../../domain/complaint/complaint-recording.types';
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
import { ProcessedKeys } from '../shared/processed-keys';
import { RECORDING_ACTIVITY_OPTIONS } from '../shared/recording-retry';
import { complaintStateQuery, complaintUpdates, type ComplaintWorkflowInput } from './complaint.messages';

const { recordComplaintStep } = proxyActivities<ComplaintRecordingActivities>(RECORDING_ACTIVITY_OPTIONS);

/**
 * One complaint, from filing to closure. Thin: the rules are domain/complaint/complaint.machine.ts.
 * Staff steps are updates validated before they enter history; a durable timer to the response
 * deadline (programme rules grievance.complaintResponseDays) escalates an unanswered complaint to
 * the manager once. Every step is recorded by the recording activity (step row, notification, audit
 * row) before its update answers.
 */
export async function complaintWorkflow(input: ComplaintWorkflowInput): Promise<ComplaintState> {
  const days =
    input.complaintResponseDays ??
    getProgrammeRules(input.rulesId, input.rulesVersion).grievance?.complaintResponseDays;
  if (!days)
    throw ApplicationFailure.nonRetryable(
      `Programme rules ${input.rulesId} v${input.rulesVersion} have no grievance.complaintResponseDays`,
      'VALIDATION_FAILED',
    );
  let state = startComplaint(input.complaintId, input.receivedAt, days);
  const processed = new ProcessedKeys();
  /**
   * Since 'complaint-outbox' a handler only applies its step and queues the recording, and the main
   * loop records the queue in order (as the journey's outbox does): no activity is awaited inside a
   * handler. Complaints started before it replay as they ran, the handler awaiting the activity.
   */
  const outboxed = patched('complaint-outbox');
  const outbox: RecordComplaintStepInput[] = [];
  let recordedSeq = 0;
  const recorded = (seq: number) => condition(() => recordedSeq >= seq);

  const check = (envelope: ComplaintEnvelope): ComplaintState | null => {
    if (processed.alreadyApplied(envelope.key, envelope.step.type)) return null; // a retried step: apply nothing
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
          processed.add(envelope.key, envelope.step.type);
          const at = new Date().toISOString();
          const step: RecordComplaintStepInput = { state: next, kind: envelope.step.type, actor: envelope.actor, at };
          if (!outboxed) await recordComplaintStep(step);
          else outbox.push(step);
        }
        if (outboxed) await recorded(state.seq);
        return state;
      },
      {
        validator: (envelope: ComplaintEnvelope) => {
          check(envelope);
        },
      },
    );
  }

  while (state.status !== 'CLOSED' || outbox.length > 0) {
    if (outbox.length > 0) {
      await flush();
      continue;
    }
    const seq = state.seq;
    const changed = () => state.seq !== seq || outbox.length > 0;
    if (!awaitsAnswer(state)) {
      await condition(changed);
      continue;
    }
    const waitMs = Math.max(0, Date.parse(state.responseDueAt) - Date.now());
    if (waitMs > 0 && (await condition(changed, waitMs))) continue;
    const at = new Date().toISOString();
    const escalated = escalateOverdue(state, at);
    if (!escalated) continue;
    state = escalated;
    const step: RecordComplaintStepInput = { state, kind: 'escalate', actor: { userId: 'system', role: 'system' }, at };
    if (!outboxed) await recordComplaintStep(step);
    else outbox.push(step);
  }
  await condition(allHandlersFinished);
  return state;

  /** Records the queued steps in order, one activity each; a step that fails stays queued first. */
  async function flush(): Promise<void> {
    while (outbox.length > 0) {
      await recordComplaintStep(outbox[0]);
      recordedSeq = Math.max(recordedSeq, outbox[0].state.seq);
      outbox.shift();
    }
  }
}
