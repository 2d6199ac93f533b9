import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { JourneyConnection } from './journey-connection.object';
import { JourneyFilter, JourneySort } from './journey-list.input';
import { listJourneys, MAX_PAGE } from './journey-list.service';

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw new DomainError('VALIDATION_FAILED', `first must be between 1 and ${MAX_PAGE}`);
  return first;
}

/** Lists come from PostgreSQL (the read model), never from Temporal visibility. */
@Resolver()
export class JourneyListResolver {
  @Query(() => JourneyConnection, {
    description: 'Journeys matching a filter, in a stable order, a page at a time (read model).',
  })
  journeys(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => JourneyFilter, {
      nullable: true,
      description: 'Conditions the journeys must meet; omitted: all journeys.',
    })
    filter?: JourneyFilter,
    @Arg('sort', () => JourneySort, { defaultValue: JourneySort.ENROLLED_AT_DESC, description: 'Order of the list.' })
    sort: JourneySort = JourneySort.ENROLLED_AT_DESC,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1-100.' }) first = 50,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor to continue after (pageInfo.endCursor of the previous page); omitted: the first page.',
    })
    after?: string,
  ): Promise<JourneyConnection> {
    requireActor(ctx.actor); // journeys carry personal data: never to anonymous callers
    return listJourneys(ctx, filter, sort, pageSize(first), after ?? undefined);
  }

  @Query(() => JourneyConnection, {
    description:
      "The calling facilitator's (pendamping) open journeys with their next action: overdue first, then by due " +
      'date. Only for the facilitator role (FORBIDDEN otherwise).',
  })
  myCaseload(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1-100.' }) first = 50,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor to continue after (pageInfo.endCursor of the previous page); omitted: the first page.',
    })
    after?: string,
  ): Promise<JourneyConnection> {
    const actor = requireActor(ctx.actor);
    if (actor.role !== 'facilitator') throw new DomainError('FORBIDDEN', 'myCaseload is the caseload of a facilitator');
    return listJourneys(ctx, { facilitatorId: actor.userId }, 'CASELOAD', pageSize(first), after ?? undefined, {
      openOnly: true,
    });
  }
}
