import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { JourneyObject } from '../journey/journey.object';
import { JourneyGroupMembership } from './group-result.object';

/** Journey.groups: the groups a journey is or was a member of, read with the journey's own access. */
@Resolver(() => JourneyObject)
export class JourneyGroupsResolver {
  @FieldResolver(() => [JourneyGroupMembership], {
    description:
      'Its group memberships, current and past, in the order they began (a member who left and rejoined a group ' +
      'has two); the group by UUID (Query.group takes it).',
  })
  groups(@Root() journey: JourneyObject, @Ctx() ctx: GraphQLContext): Promise<JourneyGroupMembership[]> {
    return ctx.loaders.groupMemberships.load(journey.journeyId);
  }
}
