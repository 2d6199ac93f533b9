import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { BeneficiaryEntity, JourneyEntity } from '../db/entities';
import { membershipsOfJourneys, type JourneyMembershipRow } from '../db/group/group-membership.sql';
import { sqlOf } from '../db/shared/sql-rows';
import { groupDeliveryLoader } from './group/group-delivery.service';

/** Batched loaders, one set per request, so nested lists cost one query per level, not per row. */
export function createLoaders(em: EntityManager) {
  const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
  return {
    beneficiary: new DataLoader<string, BeneficiaryEntity | null>(async (ids) =>
      byId(await em.find(BeneficiaryEntity, { id: { $in: [...ids] } }), ids),
    ),
    journey: new DataLoader<string, JourneyEntity | null>(async (ids) =>
      byId(await em.find(JourneyEntity, { id: { $in: [...ids] } }), ids),
    ),
    /** A journey's group memberships (Journey.groups), current and past. */
    groupMemberships: new DataLoader<string, JourneyMembershipRow[]>(async (ids) => {
      const rows = await membershipsOfJourneys(sqlOf(em), ids);
      return ids.map((id) => rows.filter((r) => r.journeyId === id));
    }),
    /** A learning group's delivery against its template (Group.delivery). */
    groupDelivery: groupDeliveryLoader(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
