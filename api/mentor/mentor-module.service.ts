import { DomainError } from '../../domain/errors/error-codes';
import type { ModuleRun } from '../../domain/journey/journey.types';
import { mentorModuleProgress } from '../../domain/module/mentor-worklist.rules';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import { scopeConditions } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import type { MentorModuleObject } from './mentor-module.object';

export const MAX_MENTOR_MODULES = 200;

interface Row {
  journey_id: string;
  rules_id: string;
  rules_version: number;
  name: string;
  module: ModuleRun;
}

/**
 * The module runs assigned to the calling mentor, from the journey read model (the state jsonb the
 * recording activity keeps; never Temporal), in open journeys of the caller's programmes and regions:
 * running modules first, then by planned start. The containment test on `state -> 'modules'` uses the
 * GIN index of migration 20261205085000.
 */
export async function listMentorModules(ctx: GraphQLContext): Promise<MentorModuleObject[]> {
  const actor = requireActor(ctx.actor);
  if (actor.role !== 'mentor') throw new DomainError('FORBIDDEN', 'myModules lists the modules of a mentor');
  const scope = scopeConditions(ctx.principal?.scope, 'j.programme_id', 'j.region_code');
  const where = [
    `j.state -> 'modules' @> ?::jsonb`,
    `m.module ->> 'mentorId' = ?`,
    `j.status <> 'CLOSED'`,
    ...scope.where,
  ];
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select j.id as journey_id, j.rules_id, j.rules_version, b.name, m.module
       from journey j
       join beneficiary b on b.id = j.id
       cross join lateral jsonb_array_elements(j.state -> 'modules') as m(module)
      where ${where.join(' and ')}
      order by (m.module ->> 'status') in ('PLANNED', 'ACTIVE') desc, m.module ->> 'plannedStart', j.id,
               m.module ->> 'moduleId'
      limit ?`,
    [JSON.stringify([{ mentorId: actor.userId }]), actor.userId, ...scope.params, MAX_MENTOR_MODULES],
  );
  return rows.map((r) => {
    const template = getProgrammeRules(r.rules_id, r.rules_version).moduleTemplates.find(
      (t) => t.id === r.module.templateId,
    );
    const name = template ? (ctx.locale === 'id' ? template.nameId : template.nameEn) : r.module.templateId;
    return {
      journeyId: r.journey_id,
      moduleId: r.module.moduleId,
      templateId: r.module.templateId,
      moduleName: name,
      participantName: r.name,
      status: r.module.status,
      ...mentorModuleProgress(r.module),
      plannedStart: r.module.plannedStart,
      plannedEnd: r.module.plannedEnd,
    };
  });
}
