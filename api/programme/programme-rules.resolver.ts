import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { findRulesVersion, latestRulesVersion, listRulesVersions } from '../../db/programme/programme-rules.store';
import type { GraphQLContext } from '../context';
import { toRulesVersionObject } from './programme-rules.mapper';
import { ProgrammeRulesVersionObject } from './programme-rules.object';
import { PublishProgrammeRulesInput } from './programme-rules.input';
import { publishProgrammeRules } from './programme-rules-publish.service';

const RULES_ID_DOC = 'Id of the programme rules (Programme.rulesId), e.g. default.';

@Resolver()
export class ProgrammeRulesResolver {
  @Query(() => ProgrammeRulesVersionObject, {
    nullable: true,
    description: 'A rules version with its document and its diff against the version it derives from; null if none.',
  })
  async programmeRules(
    @Ctx() ctx: GraphQLContext,
    @Arg('rulesId', { description: RULES_ID_DOC }) rulesId: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version; omitted: the latest.' }) version?: number,
  ): Promise<ProgrammeRulesVersionObject | null> {
    const found =
      version === undefined || version === null
        ? await latestRulesVersion(ctx.em, rulesId)
        : await findRulesVersion(ctx.em, rulesId, version);
    return found ? toRulesVersionObject(ctx.em, found) : null;
  }

  @Query(() => [ProgrammeRulesVersionObject], {
    description: 'Every version of a rules id, oldest first (bundled and published).',
  })
  async programmeRulesVersions(
    @Ctx() ctx: GraphQLContext,
    @Arg('rulesId', { description: RULES_ID_DOC }) rulesId: string,
  ): Promise<ProgrammeRulesVersionObject[]> {
    const versions = await listRulesVersions(ctx.em, rulesId);
    return Promise.all(versions.map((v) => toRulesVersionObject(ctx.em, v)));
  }

  @Mutation(() => ProgrammeRulesVersionObject, {
    description:
      'Admin publishes a rules version as validated data (audited): INVALID_RULES with details.problems for a ' +
      'document that is not valid; the same (rulesId, version) and document again returns the version; another ' +
      'document under a published version is RULES_VERSION_PUBLISHED (versions never change). A programme uses ' +
      'it once updateProgramme names it.',
  })
  async publishProgrammeRules(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => PublishProgrammeRulesInput, { description: 'The version to publish.' })
    input: PublishProgrammeRulesInput,
  ): Promise<ProgrammeRulesVersionObject> {
    return toRulesVersionObject(ctx.em, await publishProgrammeRules(ctx, input));
  }
}
