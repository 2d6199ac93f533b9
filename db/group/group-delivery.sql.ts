import type { DeliverySession } from '../../domain/module/module-delivery.rules';
import type { SqlRows } from '../shared/sql-rows';

/** A learning group's sessions as its delivery weighs them, and whether a member's module completed early. */
export interface GroupDeliveryRows {
  /** Every session of the group, in the order they start; held once it has attendance (its first heldAt). */
  sessions: DeliverySession[];
  /** A member's module that took the group's sessions completed before its earliest completion. */
  completedEarly: boolean;
}

const list = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/**
 * The sessions of these groups and the groups with a member's module completed early, in two statements for any
 * number of groups (Group.delivery on a page of groups). A group without sessions has none.
 */
export async function loadGroupDeliveryRows(
  sql: SqlRows,
  groupIds: readonly string[],
): Promise<Map<string, GroupDeliveryRows>> {
  const result = new Map(groupIds.map((id) => [id, { sessions: [] as DeliverySession[], completedEarly: false }]));
  if (groupIds.length === 0) return result;
  const sessions = await sql(
    `select s.group_id, s.id, s.session_type, s.duration_hours::float8 as hours, min(a.held_at) as held_at
       from group_session s left join group_attendance a on a.session_id = s.id
      where s.group_id in (${list(groupIds)})
      group by s.id order by s.starts_at, s.id`,
    [...groupIds],
  );
  for (const r of sessions) {
    const heldAt = r.held_at ? new Date(r.held_at as string).toISOString() : null;
    result.get(String(r.group_id))?.sessions.push({
      sessionId: String(r.id),
      sessionType: String(r.session_type),
      durationHours: Number(r.hours),
      held: heldAt !== null,
      heldAt,
    });
  }
  const early = await sql(
    `select distinct m.group_id from group_member m join journey j on j.id = m.journey_id
      cross join lateral jsonb_array_elements(coalesce(j.state->'modules', '[]'::jsonb)) x
      where m.group_id in (${list(groupIds)}) and x->>'completedEarly' = 'true'
        and exists (select 1 from jsonb_array_elements(coalesce(x->'sessions', '[]'::jsonb)) s
                     where s->>'groupId' = m.group_id::text)`,
    [...groupIds],
  );
  for (const r of early) {
    const rows = result.get(String(r.group_id));
    if (rows) rows.completedEarly = true;
  }
  return result;
}
