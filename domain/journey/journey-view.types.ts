import type { JourneyStatus } from './journey-codes';
import type { NextAction } from './journey-next-action.machine';
import type { JourneyState } from './journey.types';

/** What every journey command returns and the state query answers: the live journey. */
export interface JourneyView {
  state: JourneyState;
  status: JourneyStatus;
  nextAction: NextAction;
}
