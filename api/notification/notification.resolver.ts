import { Arg, Ctx, GraphQLISODateTime, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { JourneyNotificationObject } from './notification.object';
import { myNotifications } from './notification.service';

/** What the journeys tell the people working on them: alerts and the escalation ladder's rungs. */
@Resolver()
export class NotificationResolver {
  @Query(() => [JourneyNotificationObject], {
    description:
      'Alerts and escalations for the caller, newest first: addressed to them (a facilitator, a coordinator), ' +
      'or for a manager also those to the managers of their programmes and regions.',
  })
  myNotifications(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many, newest first (1-200).' }) first: number,
    @Arg('since', () => GraphQLISODateTime, { nullable: true, description: 'Only those raised at or after.' })
    since: Date | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyNotificationObject[]> {
    return myNotifications(ctx, first, since ?? null);
  }
}
