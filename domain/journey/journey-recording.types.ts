import type { Actor, JourneyEffect, JourneyEvent } from './journey.types';
import type { JourneyView } from './journey-view.types';

/**
 * The contract of the journey's recording activity: the journey workflow queues steps and asks for
 * them to be recorded (workflows/journey), the activity writes them to PostgreSQL (activities/journey).
 */

/** One applied command or timer: its events and effects, and what asked for it. */
export interface RecordedStep {
  seq: number;
  events: JourneyEvent[];
  effects: JourneyEffect[];
  actor: Actor;
  idempotencyKey: string | null;
  requestId: string | null;
  evidenceIds: string[];
  /** The command (workflow update) name; absent for enrolment, timers and steps carried from older runs. */
  action?: string;
  /** When the command happened in the field, when it was captured offline (the events' `at` is this time). */
  occurredAt?: string;
  /** The manager who let this record in late or out of order, and the evidence row saying why. */
  lateApproval?: { approvedBy: string; evidenceId: string };
}

export interface RecordTransitionInput {
  workflowId: string;
  runId: string;
  steps: RecordedStep[];
  /** The journey as it stands after the last step: the read model row. */
  view: JourneyView;
}

export interface RecordTransitionResult {
  recordedSeq: number;
  /**
   * As a local activity only: its input is not in the Temporal history (only its result, in a
   * marker), so the result names the steps it recorded (not the journey state: that would double
   * the history's size), for auditors and the fault drills.
   */
  recorded?: Pick<RecordTransitionInput, 'workflowId' | 'runId' | 'steps'>;
}

export interface JourneyRecordingActivities {
  /** Records the steps and the journey row, idempotently; answers the highest seq now recorded. */
  recordJourneyTransition(input: RecordTransitionInput): Promise<RecordTransitionResult>;
}
