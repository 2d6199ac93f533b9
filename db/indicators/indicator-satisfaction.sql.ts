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
    select e.journey_id as id, e.data from journey_event e join pop on pop.id = e.journey_id
     where e.type = 'SATISFACTION_RECORDED' and ${within(q, period, 'e.at')}),
  a as (
    select s.id, s.data->>'facilitatorId' as facilitator, x->>'item' as item, (x->>'score')::float8 as score
      from s cross join lateral jsonb_array_elements(s.data->'answers') x),
  t as (select ${q.p(SATISFIED_FROM, 'float8')} as satisfied)
  select s.id, k.k, case when (s.data->>'meanScore')::float8 >= t.satisfied then 1 else 0 end::float8 as num,
      1::float8 as den, (s.data->>'meanScore')::float8 as val
    from s cross join t cross join lateral (values ('satisfaction_score'),
      ('satisfaction_score:' || (s.data->>'occasion'))) k(k)
  union all select a.id, 'satisfaction_score:' || a.item, case when a.score >= t.satisfied then 1 else 0 end, 1, a.score
    from a cross join t
  union all select a.id, k.k, case when a.score >= t.satisfied then 1 else 0 end, 1, a.score
    from a cross join t cross join lateral (values ('facilitator_rating'),
      ('facilitator_rating:facilitator:' || coalesce(a.facilitator, 'NONE'))) k(k)
   where a.item = 'FACILITATOR_SUPPORT'`;
