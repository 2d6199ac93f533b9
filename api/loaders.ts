import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { BeneficiaryEntity, JourneyEntity } from '../db/entities';

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
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
