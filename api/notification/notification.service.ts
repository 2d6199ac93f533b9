import { DomainError } from '../../domain/errors/error-codes';
import { scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import type { JourneyNotificationObject } from './notification.object';

type Row = {
  key: string;
  kind: JourneyNotificationObject['kind'];
  reason: string;
  journey_id: string | null;
  group_id: string | null;
  data: { key?: unknown };
  created_at: Date;
};

/**
 * The caller's notifications, newest first, from PostgreSQL: rows addressed to them by id, and for a manager also
 * the rows addressed to the managers' role, on journeys (or groups) within their programmes and regions. A
 * coordinator or facilitator sees only what names them (a rung with no known coordinator names nobody). Rows
 * about neither a journey nor a group (complaints, conflicts) are not listed here.
 */
export async function myNotifications(
  ctx: GraphQLContext,
  first: number,
  since: Date | null,
): Promise<JourneyNotificationObject[]> {
  const principal = requirePrincipal(ctx.principal);
  if (!Number.isInteger(first) || first < 1 || first > 200)
    throw new DomainError('VALIDATION_FAILED', 'first must be between 1 and 200');
  // A journey's place, or else its group's: every listed row has one of the two.
  const scope = scopeConditions(
    principal.scope,
    'coalesce(j.programme_id, g.programme_id)',
    'coalesce(j.region_code, g.region_code)',
  );
  const mine =
    principal.role === 'manager'
      ? `(n.recipient_id = ? or (n.recipient_id is null and n.recipient_role = ?))`
      : `n.recipient_id = ?`;
  const where = [
    mine,
    '(j.id is not null or g.id is not null)',
    ...scope.where,
    ...(since ? ['n.created_at >= ?'] : []),
  ];
  const params = [
    principal.userId,
    ...(principal.role === 'manager' ? ['manager'] : []),
    ...scope.params,
    ...(since ? [since] : []),
  ];
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select n.key, n.kind, n.reason, n.journey_id, n.group_id, n.data, n.created_at
       from notification n
       left join journey j on j.id = n.journey_id
       left join community_group g on g.id = n.group_id
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
    groupId: r.group_id,
    deadlineKey: typeof r.data?.key === 'string' ? r.data.key : null,
    createdAt: new Date(r.created_at),
  }));
}
