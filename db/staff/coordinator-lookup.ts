/** Runs one SQL statement in the caller's transaction and returns its rows. */
export type SqlRows = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * The field coordinator of a facilitator in a programme: `coordinator_id` of the facilitator's
 * `staff_assignment` row (role FACILITATOR). Null when the facilitator has no coordinator, no assignment, or the
 * staff tables do not exist in this database yet: the escalation is then recorded for the coordinator role with
 * no person, and nothing fails.
 */
export async function coordinatorOf(
  sql: SqlRows,
  facilitatorId: string | null,
  programmeId: string,
): Promise<string | null> {
  if (!facilitatorId) return null;
  // Checked first: a query on a missing table would abort the caller's transaction.
  const [table] = await sql(`select to_regclass('staff_assignment') is not null as present`, []);
  if (!table?.present) return null;
  const [row] = await sql(
    `select coordinator_id from staff_assignment
      where user_id = ? and role = 'FACILITATOR' and programme_id = ? and coordinator_id is not null
      order by coordinator_id limit 1`,
    [facilitatorId, programmeId],
  );
  return typeof row?.coordinator_id === 'string' ? row.coordinator_id : null;
}
