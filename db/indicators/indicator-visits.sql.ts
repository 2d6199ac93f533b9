import type { FamilySql } from './indicator-flow.sql';
import { within } from './indicator-query.sql';

/**
 * Facilitator performance, visits made (domain/indicator/satisfaction-indicator-catalogue.ts, visits_made):
 * intensive-support visits and graduation mentoring visits whose visit date (`visitedAt`) lies within the period,
 * one row per person visited: num: their visits, den: 1; also per the journey's facilitator
 * (visits_made:facilitator:<id>, as overdue_steps attributes).
 */
export const visitRows: FamilySql = (q, { period }) => `
  select e.journey_id as id, k.k, count(*)::float8 as num, 1::float8 as den, null::float8 as val
    from journey_fact e join pop on pop.id = e.journey_id
    cross join lateral (values
      ('visits_made'), ('visits_made:facilitator:' || coalesce(pop.facilitator_id, 'UNASSIGNED'))) k(k)
   where e.type in ('INTENSIVE_VISIT_RECORDED', 'MENTORING_VISIT_RECORDED')
     and ${within(q, period, 'e.visited_at')}
   group by e.journey_id, k.k`;
