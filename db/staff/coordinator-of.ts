import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The user id of the coordinator (koordinator lapangan) of a facilitator in a programme, from their
 * active FACILITATOR assignment; null when they have none or no coordinator. For the API and for
 * activities (escalation to the coordinator), so the lookup has one place.
 */
export async function coordinatorOf(
  em: Pick<EntityManager, 'getConnection'>,
  programmeId: string,
  facilitatorId: string,
): Promise<string | null> {
  const rows = await em.getConnection().execute<{ coordinator_id: string | null }[]>(
    `select coordinator_id from staff_assignment
      where programme_id = ? and user_id = ? and role = 'FACILITATOR' and active`,
    [programmeId, facilitatorId],
  );
  return rows[0]?.coordinator_id ?? null;
}
