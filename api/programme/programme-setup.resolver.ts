import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ProgrammeObject } from './programme.object';
import { CreateProgrammeInput, UpdateProgrammeInput } from './programme-setup.input';
import { createProgramme, updateProgramme } from './programme-setup.service';

@Resolver()
export class ProgrammeSetupResolver {
  @Mutation(() => ProgrammeObject, {
    description:
      'Admin sets up a programme: names, implementing agency, regions covered, period, rules version, ' +
      'small-cell threshold and logframe (audited). The same input again returns the programme (the id is ' +
      'the natural key); another set-up under an existing id is PROGRAMME_EXISTS; an unknown rules version ' +
      'NOT_FOUND; invalid fields VALIDATION_FAILED with details.problems.',
  })
  async createProgramme(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateProgrammeInput, { description: 'The programme to set up.' }) input: CreateProgrammeInput,
  ): Promise<ProgrammeObject> {
    return createProgramme(ctx, input);
  }

  @Mutation(() => ProgrammeObject, {
    description:
      "Admin changes a programme's set-up (audited, with the fields before and after). A new rulesId or " +
      'rulesVersion applies to journeys enrolled afterwards only. The same change again changes nothing.',
  })
  async updateProgramme(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateProgrammeInput, { description: 'The programme and the fields to change.' })
    input: UpdateProgrammeInput,
  ): Promise<ProgrammeObject> {
    return updateProgramme(ctx, input);
  }
}
