import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ProgrammeEntity } from '../../db/entities';
import { getProgrammeRules, latestProgrammeRules } from '../../domain/programme/programme-rules.registry';
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
  moduleTemplates(
    @Arg('rulesId', { defaultValue: 'default', description: 'Id of the programme rules (Programme.rulesId).' })
    rulesId: string,
    @Arg('rulesVersion', () => Int, {
      nullable: true,
      description: 'Version of those rules (Programme.rulesVersion); omitted: the latest.',
    })
    rulesVersion?: number,
  ): ModuleTemplateObject[] {
    const rules = rulesVersion ? getProgrammeRules(rulesId, rulesVersion) : latestProgrammeRules(rulesId);
    return rules.moduleTemplates;
  }
}
