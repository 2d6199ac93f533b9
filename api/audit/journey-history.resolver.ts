import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { requireAuditReader } from './audit-access';
import { HistoryEventConnection, type HistoryEvent } from './journey-history.object';
import { historyPage } from './journey-history.page';
import { journeyHistory } from './journey-history.service';

export const MAX_HISTORY_PAGE = 1000;

/** A journey's history merged from its Temporal workflow (all runs) and the audit log. Auditors and managers only. */
@Resolver()
export class JourneyHistoryResolver {
  @Query(() => HistoryEventConnection, {
    description:
      'Every event of a journey in time order, merged from its Temporal workflow history (fetched from the ' +
      'server, across continue-as-new runs) and the audit log; each event says where it came from, to ' +
      'cross-check with the Temporal UI or `temporal workflow show --workflow-id journey-<id>`. Auditors and ' +
      'managers only.',
  })
  async journeyHistory(
    @Ctx() ctx: GraphQLContext,
    @Arg('journeyId', () => ID, { description: 'The journey: its id (Journey.id), or its UUID (Journey.journeyId).' })
    journeyId: string,
    @Arg('first', () => Int, { defaultValue: 200, description: `Page size, 1-${MAX_HISTORY_PAGE}.` }) first = 200,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor to continue after (pageInfo.endCursor of the previous page); omitted: the first page.',
    })
    after?: string,
  ): Promise<HistoryEventConnection> {
    requireAuditReader(ctx.actor);
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY_PAGE)
      throw new DomainError('VALIDATION_FAILED', `first must be between 1 and ${MAX_HISTORY_PAGE}`);
    const page = await historyPage((resume) => journeyHistory(ctx.em, ctx.temporal, journeyId, resume), first, after);
    const edges = page.edges.map(({ cursor, node }) => ({
      cursor,
      node: { ...node, source: node.source as HistoryEvent['source'] },
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
