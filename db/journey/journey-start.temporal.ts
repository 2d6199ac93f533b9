import type { EntityManager } from '@mikro-orm/postgresql';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import type { JourneyView } from '../../domain/journey/journey-view.types';
import {
  JOURNEY_WORKFLOW_TYPE,
  journeyWorkflowId,
  SYNC_UPDATE_NAME,
  type JourneyWorkflowInput,
} from '../../domain/journey/journey-workflow.types';
import { viewOfAnswer, type JourneyUpdateResult } from './journey-answer.temporal';
import { recordedView } from './journey-row.sql';
import { fromTemporalError, isAlreadyStarted } from './temporal-errors';

/** Where a process starts journeys: its Temporal client (from its own connection) and the journeys' task queue. */
export interface JourneyStarter {
  temporal: Client;
  taskQueue: string;
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

/**
 * Starts `journey-<id>` and waits for its enrolment to be recorded in one request to Temporal (update-with-start):
 * the start and the sync update reach the journey's first workflow task together, so an enrolment costs one
 * round trip and one task instead of two of each. A journey already running (the same enrolment retried) gets
 * the update alone. A closed journey is never started again (REJECT_DUPLICATE): that retry is answered with the
 * journey as its read model recorded it when it closed. `undo` runs only when the journey did not start, so a
 * failure after the start (the update timed out) keeps what the enrolment stored for the running journey. The
 * view is read from the row the enrolment recorded, as `syncJourney` reads it.
 */
export async function startAndSyncJourney(
  starter: JourneyStarter & { em: EntityManager },
  journeyId: string,
  input: JourneyWorkflowInput,
  requestId: string,
  undo: () => Promise<void>,
): Promise<JourneyView> {
  const start = new WithStartWorkflowOperation(JOURNEY_WORKFLOW_TYPE, {
    workflowId: journeyWorkflowId(journeyId),
    taskQueue: starter.taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
  let answer: JourneyUpdateResult;
  try {
    answer = await starter.temporal.workflow.executeUpdateWithStart<
      Workflow,
      JourneyUpdateResult,
      [{ requestId?: string }]
    >(SYNC_UPDATE_NAME, { args: [{ requestId }], startWorkflowOperation: start });
  } catch (err) {
    if (isAlreadyStarted(err))
      return (await recordedView(starter.em, journeyId)) ?? syncJourney(starter, journeyId, requestId);
    const started = await start.workflowHandle().then(
      () => true,
      () => false,
    );
    if (!started) await undo();
    throw fromTemporalError(err, () => false);
  }
  return viewOfAnswer(starter.em, starter.temporal, answer);
}
