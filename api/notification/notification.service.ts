import { DomainError } from '../../domain/errors/error-codes';
import { scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import type { JourneyNotificationObject } from './notification.object';

type Row = {
  key: string;
  kind: JourneyNotificationObject['kind'];
  reason: string;
  journey_id: string;
  data: { key?: unknown };
  created_at: Date;
};

/**
 * The caller's journey notifications, newest first, from PostgreSQL: rows addressed to them by id, and for a
 * manager also the rows addressed to the managers' role, on journeys within their programmes and regions.
 * A coordinator or facilitator sees only what names them (a rung with no known coordinator names nobody).
 */
export async function myNotifications(
  ctx: GraphQLContext,
  first: number,
  since: Date | null,
): Promise<JourneyNotificationObject[]> {
  const principal = requirePrincipal(ctx.principal);
  if (!Number.isInteger(first) || first < 1 || first > 200)
    throw new DomainError('VALIDATION_FAILED', 'first must be between 1 and 200');
  const scope = scopeConditions(principal.scope, 'j.programme_id', 'j.region_code');
  const mine =
    principal.role === 'manager'
      ? `(n.recipient_id = ? or (n.recipient_id is null and n.recipient_role = ?))`
      : `n.recipient_id = ?`;
  const where = [mine, ...scope.where, ...(since ? ['n.created_at >= ?'] : [])];
  const params = [
    principal.userId,
    ...(principal.role === 'manager' ? ['manager'] : []),
    ...scope.params,
    ...(since ? [since] : []),
  ];
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select n.key, n.kind, n.reason, n.journey_id, n.data, n.created_at
       from notification n join journey j on j.id = n.journey_id
      where ${where.join(' and ')}
      order by n.created_at desc, n.key
      limit ?`,
    [...params, first],
  );
  return rows.map((r) => ({
    key: r.key,
    kind: r.kind,
    reason: r.reason,
    journeyId: r.journey_id,
    deadlineKey: typeof r.data?.key === 'string' ? r.data.key : null,
    createdAt: new Date(r.created_at),
  }));
}
