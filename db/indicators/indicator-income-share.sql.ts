import type { FamilySql } from './indicator-flow.sql';
import { within } from './indicator-query.sql';

/**
 * Shares above the UMK and above the poverty line (domain/indicator/income-share-indicator-catalogue.ts), from each
 * person's latest re-evaluation or follow-up form within the period:
 * - above_umk_share: the form's income ratio as the journey's rules measured it (`incomeToMinimumWageRatio`, FAMILY
 *   or PER_CAPITA) strictly above 1; forms without the ratio are left out. val: the ratio.
 * - poverty_line_share: the family income / household size (the form's `householdSize`, else the size of the
 *   journey's latest accepted assessment) strictly above the poverty line of the journey's rules version
 *   (`incomeMeasure.povertyLinePerCapitaMonthly`, passed in `ctx.povertyLines`); people whose household size is
 *   unknown, or whose rules have no line, are out of the denominator. val: the income per capita. The assessment's
 *   size is looked up only for the people with a line (offset 0 keeps that join first).
 */
export const incomeShareRows: FamilySql = (q, ctx) => `
  with latest as (
    select distinct on (e.journey_id) e.journey_id as id, e.income, e.household_size, e.income_ratio
      from journey_fact e join pop on pop.id = e.journey_id
     where e.type in ('RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED') and e.has_evidence
       and ${within(q, ctx.period, 'e.at')}
     order by e.journey_id, e.at desc, e.seq desc),
  lines as (select * from jsonb_to_recordset(${q.p(JSON.stringify(ctx.povertyLines ?? []), 'jsonb')})
    as x(rules_id text, version int, line float8)),
  measured as (
    select x.id, x.line, x.income,
        coalesce(x.household_size, (
          select a.assessed_household_size from journey_fact a
           where a.journey_id = x.id and a.evidence_kind = 'ASSESSMENT'
           order by a.evidence_created_at desc limit 1)) as size
      from (select l.id, pl.line, l.income, l.household_size from latest l join journey j on j.id = l.id
          join lines pl on pl.rules_id = j.rules_id and pl.version = j.rules_version offset 0) x)
  select l.id, 'above_umk_share' as k,
      case when l.income_ratio > 1 then 1 else 0 end::float8 as num, 1::float8 as den, l.income_ratio as val
    from latest l where l.income_ratio is not null
  union all select m.id, 'poverty_line_share', case when m.income / m.size > m.line then 1 else 0 end, 1,
      m.income / m.size
    from measured m where m.size >= 1 and m.income is not null`;
