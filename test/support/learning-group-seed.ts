import { randomUUID } from 'node:crypto';
import { rawQuery } from './raw-sql';

/**
 * Groups and memberships written straight into PostgreSQL, for tests of what a group does (its sessions) before
 * the group aggregate's own mutations exist. Only ids, codes and dates, as the product writes them.
 */
export async function seedLearningGroup(
  moduleTemplateId: string,
  options: { facilitatorId?: string; regionCode?: string; programmeId?: string; status?: string } = {},
): Promise<string> {
  const id = randomUUID();
  await rawQuery(
    `insert into community_group (id, programme_id, region_code, kind, name, facilitator_id, module_template_id,
       status, status_changed_at, formed_on, idempotency_key, created_by, created_at)
     values ($1, $2, $3, 'LEARNING_GROUP', $4, $5, $6, $7, now(), current_date - 60, $8, 'test-seed', now())`,
    [
      id,
      options.programmeId ?? 'default',
      options.regionCode ?? '52.71',
      `Kelompok belajar ${id.slice(0, 8)}`,
      options.facilitatorId ?? 'facilitator-1',
      moduleTemplateId,
      options.status ?? 'ACTIVE',
      `seed-${id}`,
    ],
  );
  return id;
}

/** One dated membership (YYYY-MM-DD; leftOn null: still a member). */
export async function seedMembership(
  groupId: string,
  journeyId: string,
  joinedOn: string,
  leftOn: string | null = null,
): Promise<void> {
  await rawQuery(
    `insert into group_member (id, group_id, journey_id, role, joined_on, left_on, created_by, created_at)
     values ($1, $2, $3, 'MEMBER', $4, $5, 'test-seed', now())`,
    [randomUUID(), groupId, journeyId, joinedOn, leftOn],
  );
}
