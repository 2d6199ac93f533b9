import type { Actor } from '../journey/journey.types';
import type { ComplaintState } from './complaint.machine';

/**
 * The contract of the complaint's recording activity: the complaint workflow asks for each step to be
 * recorded (workflows/complaint), the activity writes it to PostgreSQL (activities/complaint).
 */
export interface RecordComplaintStepInput {
  /** The complaint as it stands after the step (ids and codes). */
  state: ComplaintState;
  kind: 'triage' | 'answer' | 'close' | 'escalate';
  actor: Actor;
  at: string;
}

export interface ComplaintRecordingActivities {
  /** Records one step (its row, the complaint row, an escalation's notification, the audit row), idempotently. */
  recordComplaintStep(input: RecordComplaintStepInput): Promise<void>;
}
