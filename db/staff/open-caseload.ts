import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Open journeys (status not CLOSED) each facilitator holds in a programme, from the journey read model;
 * a facilitator with none is 0. One statement whatever the number of facilitators.
 */
export async function openCaseloads(
  em: Pick<EntityManager, 'getConnection'>,
  programmeId: string,
  facilitatorIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map(facilitatorIds.map((id) => [id, 0]));
  if (facilitatorIds.length === 0) return counts;
  const rows = await em.getConnection().execute<{ facilitator_id: string; n: string }[]>(
    `select facilitator_id, count(*) as n from journey
      where programme_id = ? and status <> 'CLOSED' and facilitator_id in (${facilitatorIds.map(() => '?').join(', ')})
      group by facilitator_id`,
    [programmeId, ...facilitatorIds],
  );
  for (const r of rows) counts.set(r.facilitator_id, Number(r.n));
  return counts;
}
