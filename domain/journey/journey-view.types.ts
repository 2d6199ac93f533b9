import type { JourneyState, Role } from './journey.types';

/** What every journey command returns and the state query answers: the live journey. */
export interface JourneyView {
  state: JourneyState;
  status: 'ACTIVE' | 'PAUSED' | 'CLOSED';
  nextAction: { action: string; by: Role; dueAt: string | null };
}
