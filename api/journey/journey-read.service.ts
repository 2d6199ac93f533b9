import { JourneyEntity, JourneyEventEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import type { JourneyView } from '../../workflows/journey/journey.messages';
import type { GraphQLContext } from '../context';
import { queryJourneyView } from '../../db/journey/journey-answer.temporal';
import { viewOfRow } from '../../db/journey/journey-row.sql';
import { isUuid } from '../../domain/shared/uuid';

/** The journey as the workflow has it right now (a Temporal query; one journey at a time). */
export function liveView(ctx: GraphQLContext, journeyId: string): Promise<JourneyView> {
  return queryJourneyView(ctx.temporal, journeyId);
}

export async function loadJourneyView(
  ctx: GraphQLContext,
  journeyId: string,
  live: boolean,
): Promise<JourneyView | null> {
  const row = await ctx.loaders.journey.load(journeyId);
  if (!row) return null;
  if (!live || row.status === 'CLOSED') return viewOfRow(row);
  return liveView(ctx, journeyId);
}

export function assertUuid(id: string): void {
  if (!isUuid(id)) throw new DomainError('VALIDATION_FAILED', 'id must be a UUID');
}

/** The journey as recorded, if a command with this idempotency key was applied to it. */
export async function answerOfRecordedKey(
  ctx: GraphQLContext,
  journeyId: string,
  idempotencyKey: string,
): Promise<JourneyView | null> {
  const applied = await ctx.em.count(JourneyEventEntity, { journeyId, idempotencyKey });
  if (applied === 0) return null;
  const row = await ctx.em.findOne(JourneyEntity, { id: journeyId });
  return row ? viewOfRow(row) : null;
}
