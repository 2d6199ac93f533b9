import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { MentorModuleObject } from './mentor-module.object';
import { listMentorModules, MAX_MENTOR_MODULES } from './mentor-module.service';

/** A mentor's worklist: the module runs a manager assigned to them (read model, never Temporal visibility). */
@Resolver()
export class MentorModuleResolver {
  @Query(() => [MentorModuleObject], {
    description:
      'The module runs assigned to the calling mentor in open journeys of their programmes and regions: running ' +
      `modules first, then by planned start (at most ${MAX_MENTOR_MODULES}). Only for the mentor role (FORBIDDEN ` +
      'otherwise).',
  })
  myModules(@Ctx() ctx: GraphQLContext): Promise<MentorModuleObject[]> {
    return listMentorModules(ctx);
  }
}
