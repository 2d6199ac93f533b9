import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { JourneyUpdateResult, JourneyView } from '../../domain/journey/journey-view.types';
import { JOURNEY_STATE_QUERY_NAME, journeyWorkflowId } from '../../domain/journey/journey-workflow.types';
import { recordedViewAt } from './journey-row.sql';
import { fromTemporalError } from './temporal-errors';

export type { JourneyUpdateResult };

/**
 * The journey a command or sync answered: its read model row, which the workflow committed before answering. A
 * row at another seq (a later step recorded in between, or a read model restored from an older backup) is not
 * the journey the update answered, so then the workflow's state query answers, as the journey stands.
 */
export async function viewOfAnswer(
  em: EntityManager,
  temporal: Client,
  result: JourneyUpdateResult,
): Promise<JourneyView> {
  if ('state' in result) return result;
  return (await recordedViewAt(em, result.journeyId, result.seq)) ?? queryJourneyView(temporal, result.journeyId);
}

/** The journey as the workflow has it right now (its state query), errors in the catalogue's terms. */
export async function queryJourneyView(temporal: Client, journeyId: string): Promise<JourneyView> {
  try {
    return await temporal.workflow.getHandle(journeyWorkflowId(journeyId)).query<JourneyView>(JOURNEY_STATE_QUERY_NAME);
  } catch (err) {
    throw fromTemporalError(err, () => false);
  }
}
