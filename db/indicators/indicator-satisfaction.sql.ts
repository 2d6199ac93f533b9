import { SATISFIED_FROM } from '../../domain/journey/satisfaction.rules';
import type { FamilySql } from './indicator-flow.sql';
import { within } from './indicator-query.sql';

/**
 * Satisfaction (domain/indicator/satisfaction-indicator-catalogue.ts): one row per survey recorded within the period
 * (its mean score), per occasion, and one per answer (per item; the FACILITATOR_SUPPORT answers also per facilitator
 * named in the event). num: satisfied (score at or above SATISFIED_FROM), den: 1, val: the score.
 */
export const satisfactionRows: FamilySql = (q, { period }) => `
  with s as (
    select e.journey_id as id, e.mean_score, e.occasion from journey_fact e join pop on pop.id = e.journey_id
     where e.type = 'SATISFACTION_RECORDED' and ${within(q, period, 'e.at')}),
  a as (
    select x.journey_id as id, x.facilitator_id as facilitator, x.item, x.score
      from journey_fact_answer x join pop on pop.id = x.journey_id where ${within(q, period, 'x.at')}),
  t as (select ${q.p(SATISFIED_FROM, 'float8')} as satisfied)
  select s.id, k.k, case when s.mean_score >= t.satisfied then 1 else 0 end::float8 as num,
      1::float8 as den, s.mean_score as val
    from s cross join t cross join lateral (values ('satisfaction_score'),
      ('satisfaction_score:' || s.occasion)) k(k)
  union all select a.id, 'satisfaction_score:' || a.item, case when a.score >= t.satisfied then 1 else 0 end, 1, a.score
    from a cross join t
  union all select a.id, k.k, case when a.score >= t.satisfied then 1 else 0 end, 1, a.score
    from a cross join t cross join lateral (values ('facilitator_rating'),
      ('facilitator_rating:facilitator:' || coalesce(a.facilitator, 'NONE'))) k(k)
   where a.item = 'FACILITATOR_SUPPORT'`;
