import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { requireAuditReader } from './audit-access';
import { verifyAuditChain } from './audit-chain.service';
import { AuditLogFilter } from './audit-log.input';
import { AuditChainVerification, AuditLogConnection } from './audit-log.object';
import { auditLogPage } from './audit-log.service';

/** The audit log from PostgreSQL, and its verification. Auditors and managers only (FORBIDDEN otherwise). */
@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogConnection, {
    description:
      'Audit rows across journeys (recorded steps, refused attempts, protected reads), oldest first, a page at ' +
      'a time. Auditors and managers only.',
  })
  auditLog(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AuditLogFilter, {
      nullable: true,
      description: 'Conditions the rows must meet; omitted: every row.',
    })
    filter?: AuditLogFilter,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1-500.' }) first = 100,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor to continue after (pageInfo.endCursor of the previous page); omitted: the first page.',
    })
    after?: string,
  ): Promise<AuditLogConnection> {
    requireAuditReader(ctx.actor);
    return auditLogPage(ctx.em, filter ?? undefined, first, after ?? undefined);
  }

  @Query(() => AuditChainVerification, {
    description:
      'Recomputes the audit hash chain over a range of rows and names the first broken row. Auditors and ' +
      'managers only.',
  })
  verifyAuditChain(
    @Ctx() ctx: GraphQLContext,
    @Arg('fromId', () => ID, {
      nullable: true,
      description: 'First row id to check (its link to the row before it is checked too); omitted: the first row.',
    })
    fromId?: string,
    @Arg('toId', () => ID, { nullable: true, description: 'Last row id to check; omitted: the last row.' })
    toId?: string,
  ): Promise<AuditChainVerification> {
    requireAuditReader(ctx.actor);
    return verifyAuditChain(ctx.em, fromId ?? undefined, toId ?? undefined);
  }
}
