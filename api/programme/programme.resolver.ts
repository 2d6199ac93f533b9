import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ProgrammeEntity } from '../../db/entities';
import { latestRulesVersion, loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { ModuleTemplateObject, ProgrammeObject } from './programme.object';

@Resolver()
export class ProgrammeResolver {
  @Query(() => [ProgrammeObject], { description: 'All programmes, by id.' })
  async programmes(@Ctx() ctx: GraphQLContext): Promise<ProgrammeObject[]> {
    return ctx.em.find(ProgrammeEntity, {}, { orderBy: { id: 'asc' } });
  }

  @Query(() => ProgrammeObject, { nullable: true, description: 'A programme by id; null if there is none.' })
  async programme(
    @Arg('id', () => ID, { description: 'The programme id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProgrammeObject | null> {
    return ctx.em.findOne(ProgrammeEntity, { id });
  }

  @Query(() => [ModuleTemplateObject], {
    description: 'The intervention module catalogue of a rules version (latest by default).',
  })
  async moduleTemplates(
    @Ctx() ctx: GraphQLContext,
    @Arg('rulesId', { defaultValue: 'default', description: 'Id of the programme rules (Programme.rulesId).' })
    rulesId: string,
    @Arg('rulesVersion', () => Int, {
      nullable: true,
      description: 'Version of those rules (Programme.rulesVersion), bundled or published; omitted: the latest.',
    })
    rulesVersion?: number,
  ): Promise<ModuleTemplateObject[]> {
    if (rulesVersion) return (await loadProgrammeRules(ctx.em, rulesId, rulesVersion)).moduleTemplates;
    const latest = await latestRulesVersion(ctx.em, rulesId);
    if (!latest) throw new DomainError('NOT_FOUND', `No programme rules ${rulesId}`, { rulesId });
    return latest.rules.moduleTemplates;
  }
}
