import { patched, proxyActivities, proxyLocalActivities, workflowInfo } from '@temporalio/workflow';
import type { JourneyRecordingActivities } from '../../domain/journey/journey-recording.types';
import { RECORDING_ACTIVITY_OPTIONS } from '../shared/recording-retry';
import type { JourneyView } from './journey.messages';
import type { JourneyOutbox } from './journey-outbox';

/** Runs recorded before 'record-locally' scheduled activity tasks: they replay with the remote activity. */
const remote = proxyActivities<JourneyRecordingActivities>(RECORDING_ACTIVITY_OPTIONS);
/**
 * Since 'record-locally' the worker records as a local activity, inside the workflow task that
 * applied the command: one workflow task per command instead of two plus an activity task. Its
 * marker in history carries what was recorded (the result echoes the steps), and retries past a
 * minute back off on durable timers.
 */
const local = proxyLocalActivities<JourneyRecordingActivities>(RECORDING_ACTIVITY_OPTIONS);

/**
 * Records every step waiting in the outbox in one transaction, with the journey as it stands (the read model's row),
 * and moves the outbox's recorded seq. Steps go back in front if the recording is cancelled.
 */
export async function flushOutbox(outbox: JourneyOutbox, snapshot: JourneyView): Promise<void> {
  const steps = outbox.take();
  try {
    const record = patched('record-locally') ? local.recordJourneyTransition : remote.recordJourneyTransition;
    const { recordedSeq } = await record({
      workflowId: workflowInfo().workflowId,
      runId: workflowInfo().runId,
      steps,
      view: snapshot,
    });
    outbox.recordedSeq = Math.max(outbox.recordedSeq, recordedSeq);
  } catch (err) {
    outbox.restore(steps); // retries are unlimited, so this only happens on cancellation
    throw err;
  }
}
