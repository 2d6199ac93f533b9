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

  @FieldResolver(() => JourneyGroupMembership, {
    nullable: true,
    description:
      "The alumni group (kelompok alumni, kind ALUMNI_GROUP) the graduate belongs to now: graduation's place after " +
      'the programme (domain spec 3.5). Null when not (yet) a member; join through addGroupMembers.',
  })
  async alumniGroup(
    @Root() journey: JourneyObject,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyGroupMembership | null> {
    const memberships = await ctx.loaders.groupMemberships.load(journey.journeyId);
    return memberships.filter((m) => m.kind === 'ALUMNI_GROUP' && !m.leftOn).at(-1) ?? null;
  }
}
