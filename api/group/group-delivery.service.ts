import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ProgrammeEntity } from '../../db/entities';
import { loadGroupDeliveryRows } from '../../db/group/group-delivery.sql';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { sqlOf } from '../../db/shared/sql-rows';
import { groupDeliveryOf } from '../../domain/group/group-delivery.rules';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { moduleDeliveryObjectOf } from '../journey/module-delivery.mapper';
import type { ModuleDeliveryObject } from '../journey/module-delivery.object';
import type { GroupObject } from './group.object';

export type GroupDeliveryKey = Pick<GroupObject, 'groupId' | 'programmeId' | 'kind' | 'moduleTemplateId'>;

/**
 * Group.delivery for every group a request shows, batched: the learning groups' sessions and early completions
 * in two statements, each programme's current rules once; other kinds answer null without a query.
 */
export function groupDeliveryLoader(em: EntityManager): DataLoader<GroupDeliveryKey, ModuleDeliveryObject | null> {
  return new DataLoader<GroupDeliveryKey, ModuleDeliveryObject | null, string>(
    async (groups) => {
      const learning = groups.filter((g) => g.kind === 'LEARNING_GROUP' && g.moduleTemplateId);
      if (learning.length === 0) return groups.map(() => null);
      const rows = await loadGroupDeliveryRows(
        sqlOf(em),
        learning.map((g) => g.groupId),
      );
      const rules = new Map<string, ProgrammeRules>();
      for (const id of new Set(learning.map((g) => g.programmeId))) {
        const p = await em.fork().findOne(ProgrammeEntity, { id }, { fields: ['rulesId', 'rulesVersion'] });
        if (p) rules.set(id, await loadProgrammeRules(em, p.rulesId, p.rulesVersion));
      }
      return groups.map((g) => {
        const of = rows.get(g.groupId);
        const programmeRules = rules.get(g.programmeId);
        if (!of || !programmeRules) return null;
        return moduleDeliveryObjectOf(groupDeliveryOf(g, of.sessions, programmeRules), of.completedEarly);
      });
    },
    { cacheKeyFn: (g) => g.groupId },
  );
}
