import type { SqlRows } from '../shared/sql-rows';

/**
 * The user id of the coordinator (koordinator lapangan) of a facilitator in a programme, from their
 * active FACILITATOR assignment; null when they have none or no coordinator. One lookup for the API
 * (a coordinator's team scope) and the recording activity (escalation to the coordinator).
 */
export async function coordinatorOf(
  sql: SqlRows,
  programmeId: string,
  facilitatorId: string | null,
): Promise<string | null> {
  if (!facilitatorId) return null;
  const [row] = await sql(
    `select coordinator_id from staff_assignment
      where programme_id = ? and user_id = ? and role = 'FACILITATOR' and active`,
    [programmeId, facilitatorId],
  );
  return typeof row?.coordinator_id === 'string' ? row.coordinator_id : null;
}
