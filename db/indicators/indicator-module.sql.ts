import type { FamilySql } from './indicator-flow.sql';
import { byEnd, within } from './indicator-query.sql';

/** A module id is `<templateId>-<n>` (unique in a journey); its template names it across journeys. */
const template = (moduleId: string) => `regexp_replace(${moduleId}, '-[0-9]+$', '')`;

/**
 * Modules (ratio families): attendance rate over held sessions, overall, per module template and
 * per session (template + session id), from ATTENDANCE_RECORDED events in the period; completion
 * rate per template (modules completed in the period / modules of approved plans planned to start
 * by its end); pre/post score change and the share of evaluations with a better post score.
 */
export const moduleRatios: FamilySql = (q, { period }) => `
  with att as (
    select e.journey_id as id, e.data->>'moduleId' as module_id, e.data->>'sessionId' as session_id,
           case e.data->>'status' when 'PRESENT' then 1.0 when 'PARTIAL' then 0.5 else 0.0 end as points
      from journey_event e join pop on pop.id = e.journey_id
     where e.type = 'ATTENDANCE_RECORDED' and ${within(q, period, 'e.at')}),
  evals as (
    select e.journey_id as id, e.data->>'moduleId' as module_id,
           (e.data->>'preScore')::float8 as pre, (e.data->>'postScore')::float8 as post
      from journey_event e join pop on pop.id = e.journey_id
     where e.type = 'MODULE_EVALUATED' and ${within(q, period, 'e.at')}),
  planned as (
    select pop.id, m->>'moduleId' as module_id, m->>'status' as status, (m->>'actualEnd')::timestamptz as actual_end
      from pop join journey j on j.id = pop.id
      cross join lateral jsonb_array_elements(coalesce(j.state->'modules', '[]'::jsonb)) m
     where ${byEnd(q, period, `(m->>'plannedStart')::timestamptz`)})
  select a.id, k.k, a.points::float8 as num, 1::float8 as den, null::float8 as val from att a
    cross join lateral (values ('attendance_rate'), ('attendance_rate:module:' || ${template('a.module_id')}),
      ('attendance_rate:session:' || ${template('a.module_id')} || ':' || a.session_id)) k(k)
  union all select p.id, k.k,
      case when p.status = 'COMPLETED' and ${within(q, period, 'p.actual_end')} then 1 else 0 end, 1, null
    from planned p
    cross join lateral (values
      ('module_completion_rate'), ('module_completion_rate:' || ${template('p.module_id')})) k(k)
  union all select v.id, k.k, case when v.post > v.pre then 1 else 0 end, 1, k.val from evals v
    cross join lateral (values ('score_change', v.post - v.pre),
      ('score_change:module:' || ${template('v.module_id')}, v.post - v.pre),
      ('improved_understanding_rate', null)) k(k, val)`;
