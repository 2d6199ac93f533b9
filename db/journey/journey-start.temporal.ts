import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { JourneyView } from '../../domain/journey/journey-view.types';
import {
  JOURNEY_WORKFLOW_TYPE,
  journeyWorkflowId,
  SYNC_UPDATE_NAME,
  type JourneyWorkflowInput,
} from '../../domain/journey/journey-workflow.types';
import { viewOfAnswer, type JourneyUpdateResult } from './journey-answer.temporal';
import { fromTemporalError, isAlreadyStarted } from './temporal-errors';

/** Where a process starts journeys: its Temporal client (from its own connection) and the journeys' task queue. */
export interface JourneyStarter {
  temporal: Client;
  taskQueue: string;
}

/**
 * Starts `journey-<id>` with ids and codes only (`input`); a journey already started is left as it is (the same
 * enrolment retried). Any other failure runs `undo` (removing what the enrolment stored) and is thrown as the
 * catalogue's error, UPSTREAM_UNAVAILABLE for an outage.
 */
export async function startJourney(
  starter: JourneyStarter,
  journeyId: string,
  input: JourneyWorkflowInput,
  undo: () => Promise<void>,
): Promise<void> {
  try {
    await starter.temporal.workflow.start(JOURNEY_WORKFLOW_TYPE, {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: starter.taskQueue,
      args: [input],
    });
  } catch (err) {
    if (isAlreadyStarted(err)) return;
    await undo();
    throw fromTemporalError(err, () => false);
  }
}

/**
 * Waits until the journey has recorded everything so far (its enrolment first), then answers its view from the
 * row it recorded (the sync answers the seq it reached, not the state).
 */
export async function syncJourney(
  starter: JourneyStarter & { em: EntityManager },
  journeyId: string,
  requestId: string,
): Promise<JourneyView> {
  let answer: JourneyUpdateResult;
  try {
    answer = await starter.temporal.workflow
      .getHandle(journeyWorkflowId(journeyId))
      .executeUpdate<JourneyUpdateResult, [{ requestId?: string }]>(SYNC_UPDATE_NAME, { args: [{ requestId }] });
  } catch (err) {
    throw fromTemporalError(err, () => false);
  }
  return viewOfAnswer(starter.em, starter.temporal, answer);
}
