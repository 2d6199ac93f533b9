import type { ProgrammeRules } from '../programme/programme-rules.types';
import type { RecordedStep } from './journey-recording.types';
import type { JourneyStart, JourneyState } from './journey.types';

/**
 * How a journey's workflow is addressed and started, for every process that starts one (the API's enrolment, an
 * enrolment import's activity) without the workflow code: workflows/journey/journey.messages.ts defines its
 * messages from these names.
 */

/**
 * Starts a journey's workflow: `start` for a new enrolment, `carried` when a run continues as new
 * (its state, the idempotency keys it applied, and the steps not yet recorded). `rules` is the document
 * of the journey's rules version when it was published through the API (rules hold no personal data);
 * absent, the version is bundled with the code (domain/programme/rules), as for every journey started
 * before documents were carried.
 */
export interface JourneyWorkflowInput {
  start?: JourneyStart;
  carried?: { state: JourneyState; processedKeys: [string, string][]; outbox: RecordedStep[]; recordedSeq: number };
  rules?: ProgrammeRules;
}

export const JOURNEY_WORKFLOW_TYPE = 'journeyWorkflow';
/** The update that waits until everything the journey has done so far is recorded in PostgreSQL, then answers. */
export const SYNC_UPDATE_NAME = 'sync';
/** The query answering the journey's whole view (JourneyView) as the workflow has it. */
export const JOURNEY_STATE_QUERY_NAME = 'journeyState';

export const journeyWorkflowId = (journeyId: string): string => `journey-${journeyId}`;
