import type { FamilySql } from './indicator-flow.sql';
import { within } from './indicator-query.sql';

/**
 * Vulnerable-group quotas (`quota:<GROUP>`, one row per person enrolled within the period and per group of
 * their beneficiary's vulnerable_groups (in `pop`), each group once): the numerator; the denominator is the `enrolled`
 * count of the same group of a dimension (catalogue), so the figure is the group's share of the enrolees.
 */
export const quotaCounts: FamilySql = (q, { period }) => `
  select distinct pop.id, 'quota:' || g.g as k, 1 as num, 0 as den, null::float8 as val
    from pop cross join lateral jsonb_array_elements_text(coalesce(pop.vulnerable_groups, '[]'::jsonb)) g(g)
   where ${within(q, period, 'pop.enrolled_at')}`;
