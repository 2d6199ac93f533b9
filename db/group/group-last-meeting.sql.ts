import type { SqlRows } from '../shared/sql-rows';

/**
 * The latest day (UTC) each group held a session: a session of the group where some member was recorded
 * PRESENT or PARTIAL. One statement for any number of groups; a group that never held one is absent.
 * Shared by the API (Group.lastMeetingOn) and any figure of meeting frequency.
 */
export async function latestHeldSessions(sql: SqlRows, groupIds: readonly string[]): Promise<Map<string, string>> {
  if (groupIds.length === 0) return new Map();
  const rows = await sql(
    `select s.group_id, max((a.held_at at time zone 'UTC')::date)::text as held_on
       from group_session s join group_attendance a on a.session_id = s.id
      where s.group_id in (${groupIds.map(() => '?').join(', ')}) and a.status in ('PRESENT', 'PARTIAL')
      group by s.group_id`,
    [...groupIds],
  );
  return new Map(rows.map((r) => [String(r.group_id), String(r.held_on)]));
}
