import type { PopulationRows } from './indicator-query.sql';

/**
 * The population with a row per person and vulnerable group they were enrolled in (beneficiary.vulnerable_groups;
 * NONE for a person in none): the rows of the VULNERABLE_GROUP breakdown, grouped by that column only, as a person
 * in two groups counts in both and the total must still count them once (it comes from the person-level rows).
 */
export const VULNERABLE_GROUP_ROWS: PopulationRows = {
  rows: `(select pop.*, g.code as d_vulnerable_group from pop cross join lateral jsonb_array_elements_text(
      case when jsonb_array_length(pop.vulnerable_groups) = 0 then '["NONE"]'::jsonb
      else pop.vulnerable_groups end) g(code))`,
  whole: false,
};
