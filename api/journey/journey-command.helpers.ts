import { DomainError } from '../../domain/errors/error-codes';
import type { CommandType } from '../../domain/journey/journey.types';
import type { GraphQLContext } from '../context';
import { runJourneyCommand, type CommandRequest } from './journey-command.service';
import type { JourneyObject } from './journey.object';
import { toJourneyObject } from './journey-view.mapper';
import { assertUuid } from './journey-read.service';

/** Runs a command and answers with the journey as it stands after it (the response shows the effect). */
export async function commandResponse<K extends CommandType>(
  ctx: GraphQLContext,
  type: K,
  req: CommandRequest<K>,
): Promise<JourneyObject> {
  assertUuid(req.journeyId);
  return toJourneyObject(ctx.em, await runJourneyCommand(ctx, type, req));
}

/** Decisions that end or change assistance need a written reason (blank is not a reason). */
export function requireReason(reason: string | undefined | null): string {
  if (!reason || reason.trim().length < 3) throw new DomainError('REASON_REQUIRED');
  return reason.trim();
}
