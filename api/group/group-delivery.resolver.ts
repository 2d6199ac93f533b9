import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ModuleDeliveryObject } from '../journey/module-delivery.object';
import { GroupObject } from './group.object';

/** Group.delivery: a learning group's sessions against its module template, read with the group's own access. */
@Resolver(() => GroupObject)
export class GroupDeliveryResolver {
  @FieldResolver(() => ModuleDeliveryObject, {
    nullable: true,
    description:
      "A learning group's delivery against its module template in the programme's current rules: every group " +
      'session counted once (held once it has attendance), hours per session and in total, the session-type mix ' +
      "against the template's percentages, and the minimum duration from its first held session. completedEarly: " +
      "a member's module that took the group's sessions completed before its earliest completion. Null for other " +
      'kinds, and for a template the rules no longer hold.',
  })
  delivery(@Root() group: GroupObject, @Ctx() ctx: GraphQLContext): Promise<ModuleDeliveryObject | null> {
    return ctx.loaders.groupDelivery.load(group);
  }
}
