import type { JourneyStatus } from './journey-codes';
import type { NextAction } from './journey-next-action.machine';
import type { JourneyState } from './journey.types';

/** The live journey: what the state query answers, the read model row holds, and the API maps to GraphQL. */
export interface JourneyView {
  state: JourneyState;
  status: JourneyStatus;
  nextAction: NextAction;
}

/**
 * What a journey update (every command, and the sync) answers once its step is recorded in PostgreSQL: which
 * journey, at which seq, in which status. Not the state: Temporal keeps every update's answer in the history and
 * the worker serializes it, and a journey's state grows with every session; the caller reads the recorded row.
 */
export interface JourneyUpdateAnswer {
  journeyId: string;
  seq: number;
  status: JourneyStatus;
}

/**
 * What a command's update answers: the slim answer for a command it applies; the whole view for a key it had
 * applied before (a retry), and from a worker of an earlier release (while a deploy rolls, or when Temporal repeats
 * the answer it kept for an update id applied by such a worker).
 */
export type JourneyUpdateResult = JourneyUpdateAnswer | JourneyView;
