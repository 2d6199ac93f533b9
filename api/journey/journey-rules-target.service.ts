import { JourneyEntity } from '../../db/entities';
import { findRulesVersion } from '../../db/programme/programme-rules.store';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import type { GraphQLContext } from '../context';
import { assertUuid } from './journey-read.service';

/**
 * The document of the version a journey is being moved to, when that version was published through the
 * API: the command carries it to the workflow, which cannot read the database. Undefined for a bundled
 * version (the workflow has it) and for one that does not exist (the journey machine answers NOT_FOUND).
 */
export async function publishedTarget(
  ctx: GraphQLContext,
  journeyId: string,
  rulesVersion: number,
): Promise<ProgrammeRules | undefined> {
  assertUuid(journeyId);
  const journey = await ctx.em.findOne(JourneyEntity, { id: journeyId }, { fields: ['id', 'rulesId'] });
  if (!journey || !Number.isInteger(rulesVersion)) return undefined;
  const target = await findRulesVersion(ctx.em, journey.rulesId, rulesVersion);
  return target && !target.bundled ? target.rules : undefined;
}
