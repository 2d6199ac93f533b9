import type { IndicatorFilter } from '../../domain/indicator/indicator.types';
import type { HeldSessionCount, ModuleCompletionCount } from '../../domain/module/template-delivery.rules';
import { filterConditions, SqlParams, within, type Period } from '../indicators/indicator-query.sql';
import type { SqlRows } from '../shared/sql-rows';

/**
 * What the reports' module delivery section is computed from (domain/module/template-delivery.rules.ts), per
 * module template, for the filter's programme, cohort, region and the caller's regions:
 * - sessions held in the period, counted by session type and length: a group session once (group_session with
 *   its first group_attendance row in the period; the group's own cohort and region), an individual session
 *   once per journey (a SESSION_SCHEDULED event without groupId whose ATTENDANCE_RECORDED heldAt falls in the
 *   period; the journey's cohort and region). A group session's copies in its members' journeys carry the
 *   groupId, so no session counts twice.
 * - modules completed in the period (MODULE_COMPLETED events), and those marked completedEarly.
 * A module's template is its id without the trailing "-<n>", as the module indicators read it. Journey events are
 * read from their typed facts (journey_fact).
 */
export function heldSessionsSql(filter: IndicatorFilter): { sql: string; params: unknown[] } {
  const q = new SqlParams();
  const period: Period = { from: filter.from ?? null, to: filter.to ?? null };
  const sql = `with grp as (
      select s.module_template_id as template_id, s.session_type, s.duration_hours::float8 as hours
        from community_group g join group_session s on s.group_id = g.id
        cross join lateral (select min(a.held_at) as held_at from group_attendance a where a.session_id = s.id) h
       where h.held_at is not null and ${within(q, period, 'h.held_at')}
         and ${filterConditions(q, filter, 'g').join(' and ')}),
    ind as (
      select s.module_template as template_id, s.session_type, s.duration_hours as hours
        from journey j
        join journey_fact s on s.journey_id = j.id and s.type = 'SESSION_SCHEDULED'
        join journey_fact a on a.journey_id = j.id and a.type = 'ATTENDANCE_RECORDED'
         and a.module_id = s.module_id and a.session_id = s.session_id
       where s.group_id is null and ${within(q, period, 'a.held_at')}
         and ${filterConditions(q, filter, 'j').join(' and ')})
    select template_id, session_type, hours, count(*)::int as sessions
      from (select * from grp union all select * from ind) x
     group by template_id, session_type, hours
     order by template_id, session_type, hours`;
  return { sql, params: q.values };
}

export function completionsSql(filter: IndicatorFilter): { sql: string; params: unknown[] } {
  const q = new SqlParams();
  const period: Period = { from: filter.from ?? null, to: filter.to ?? null };
  const sql = `select e.module_template as template_id, count(*)::int as completed,
      count(*) filter (where e.completed_early)::int as completed_early
      from journey j join journey_fact e on e.journey_id = j.id and e.type = 'MODULE_COMPLETED'
     where ${within(q, period, 'e.at')} and ${filterConditions(q, filter, 'j').join(' and ')}
     group by 1 order by 1`;
  return { sql, params: q.values };
}

export async function loadModuleDeliveryCounts(
  sql: SqlRows,
  filter: IndicatorFilter,
): Promise<{ held: HeldSessionCount[]; completions: ModuleCompletionCount[] }> {
  const heldSt = heldSessionsSql(filter);
  const doneSt = completionsSql(filter);
  const [held, done] = await Promise.all([sql(heldSt.sql, heldSt.params), sql(doneSt.sql, doneSt.params)]);
  return {
    held: held.map((r) => ({
      templateId: String(r.template_id),
      sessionType: String(r.session_type),
      durationHours: r.hours === null || r.hours === undefined ? null : Number(r.hours),
      sessions: Number(r.sessions),
    })),
    completions: done.map((r) => ({
      templateId: String(r.template_id),
      completed: Number(r.completed),
      completedEarly: Number(r.completed_early),
    })),
  };
}
