import type { FamilySql } from './indicator-flow.sql';
import { byEnd, within } from './indicator-query.sql';

/**
 * Modules (ratio families): attendance rate over held sessions, overall, per module template and
 * per session (template + session id), from ATTENDANCE_RECORDED events in the period; completion
 * rate per template (modules completed in the period / modules of approved plans planned to start
 * by its end); pre/post score change and the share of evaluations with a better post score. Attendance and
 * evaluations are read in one scan of the facts (`f`).
 */
export const moduleRatios: FamilySql = (q, { period }) => `
  with f as materialized (
    select e.journey_id as id, e.type, e.module_template as template, e.session_id, e.attendance_points as points,
        e.pre_score as pre, e.post_score as post
      from journey_fact e join pop on pop.id = e.journey_id
     where e.type in ('ATTENDANCE_RECORDED', 'MODULE_EVALUATED') and ${within(q, period, 'e.at')}),
  att as (select id, template, session_id, points from f where type = 'ATTENDANCE_RECORDED'),
  evals as (select id, template, pre, post from f where type = 'MODULE_EVALUATED'),
  planned as (
    select pop.id, m.module_template as template, m.status, m.actual_end
      from pop join journey_module_fact m on m.journey_id = pop.id
     where ${byEnd(q, period, 'm.planned_start')})
  select a.id, k.k, a.points::float8 as num, 1::float8 as den, null::float8 as val from att a
    cross join lateral (values ('attendance_rate'), ('attendance_rate:module:' || a.template),
      ('attendance_rate:session:' || a.template || ':' || a.session_id)) k(k)
  union all select p.id, k.k,
      case when p.status = 'COMPLETED' and ${within(q, period, 'p.actual_end')} then 1 else 0 end, 1, null
    from planned p
    cross join lateral (values
      ('module_completion_rate'), ('module_completion_rate:' || p.template)) k(k)
  union all select v.id, k.k, case when v.post > v.pre then 1 else 0 end, 1, k.val from evals v
    cross join lateral (values ('score_change', v.post - v.pre),
      ('score_change:module:' || v.template, v.post - v.pre),
      ('improved_understanding_rate', null)) k(k, val)`;
