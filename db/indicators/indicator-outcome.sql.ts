import type { FamilySql } from './indicator-flow.sql';
import { byEnd, within } from './indicator-query.sql';

/**
 * Measurements of a person: the assessment, each re-evaluation and each follow-up, with the
 * monthly family income and regional minimum wage from their forms (typed in journey_fact),
 * the welfare level the journey derived and the business flag. Up to the end of the period.
 */
const measurements = (q: Parameters<FamilySql>[0], ctx: Parameters<FamilySql>[1]) => `
    select e.journey_id as id, e.at, e.seq,
      case e.type when 'ASSESSMENT_SUBMITTED' then 'ASSESSMENT' when 'RE_EVALUATION_SUBMITTED' then 'RE_EVALUATION'
        else 'FOLLOW_UP_M' || e.follow_up_month end as point,
      e.income, e.minimum_wage as min_wage, e.welfare_level as welfare, e.business_running as business, e.in_work,
      ${within(q, ctx.period, 'e.at')} as in_period
    from journey_fact e join pop on pop.id = e.journey_id
    where e.type in ('ASSESSMENT_SUBMITTED', 'RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED') and e.has_evidence
      and ${byEnd(q, ctx.period, 'e.at')}`;

const LEVELS = `array['POOR', 'VULNERABLE', 'MIDDLE', 'STABLE']`;

/**
 * Outcomes (ratio families): income change since assessment (rupiah and relative) at the latest re-evaluation, each
 * follow-up month and the latest measurement in the period; the share at or above the regional minimum wage at each
 * point; welfare transitions (assessment -> latest); business running at each follow-up; business started within N
 * months of the end of training (the journey's first entry into RE_EVALUATION, journey_summary); people in work
 * after the programme (the latest follow-up in the period that recorded employment, and each follow-up month).
 */
export const outcomeRatios: FamilySql = (q, ctx) => `
  with ms as (${measurements(q, ctx)}),
  base as (select distinct on (id) * from ms where point = 'ASSESSMENT' order by id, at, seq),
  later as (select * from ms where point <> 'ASSESSMENT' and in_period),
  pts as (
    select distinct on (id, point) id, point, income, min_wage from later where point = 'RE_EVALUATION'
      order by id, point, at desc, seq desc),
  fus as (select id, point, income, min_wage from later where point like 'FOLLOW_UP_M%'),
  last as (select distinct on (id) * from later order by id, at desc, seq desc),
  compared as (
    select b.id, c.point, b.income as before, c.income as after
      from base b
      join (select * from pts union all select * from fus union all select id, 'LAST', income, min_wage from last) c
        on c.id = b.id),
  trained as (
    select s.journey_id as id, s.first_re_evaluation_at as at from journey_summary s join pop on pop.id = s.journey_id
     where s.first_re_evaluation_at is not null),
  first_business as (select id, min(at) as at from ms where point <> 'ASSESSMENT' and business group by id)
  select c.id, 'income_change:ASSESSMENT->' || c.point as k,
         case when c.after > c.before then 1 else 0 end::float8 as num, 1::float8 as den,
         c.after - c.before as val from compared c
  union all select c.id, 'income_relative_change:ASSESSMENT->' || c.point,
         case when c.after > c.before then 1 else 0 end, 1,
         c.after / c.before - 1 from compared c where c.before > 0
  union all select m.id, 'min_wage_share:' || m.point, case when m.income >= m.min_wage then 1 else 0 end, 1, null
      from (select id, 'ASSESSMENT' as point, income, min_wage from base where in_period
            union all select * from pts union all select * from fus
            union all select id, 'LAST', income, min_wage from last) m
  union all select b.id, k.k, case when k.k = 'welfare_transition' then 1
         when k.k = 'welfare_improved_rate' then (
           case when array_position(${LEVELS}, l.welfare) > array_position(${LEVELS}, b.welfare) then 1 else 0 end)
         else 1 end, case when k.k = 'welfare_improved_rate' then 1 else 0 end, null
      from base b join last l on l.id = b.id
      cross join lateral (values ('welfare_transition'),
        ('welfare_transition:' || b.welfare || '->' || l.welfare), ('welfare_improved_rate')) k(k)
  union all select f.id, 'business_running:follow_up_month:' || substr(f.point, 12),
      case when f.business then 1 else 0 end, 1, null
      from later f where f.point like 'FOLLOW_UP_M%'
  union all select f.id, 'in_work_after_programme:follow_up_month:' || substr(f.point, 12),
      case when f.in_work then 1 else 0 end, 1, null
      from later f where f.point like 'FOLLOW_UP_M%' and f.in_work is not null
  union all select w.id, 'in_work_after_programme', case when w.in_work then 1 else 0 end, 1, null
      from (select distinct on (id) id, in_work from later where point like 'FOLLOW_UP_M%' and in_work is not null
            order by id, at desc, seq desc) w
  union all select t.id, 'business_started_within_months',
      case when fb.at <= t.at
        + make_interval(secs => ${q.p(ctx.businessStartWithinMonths * ctx.daysPerMonth * 86400, 'float8')})
        then 1 else 0 end, 1, null
      from trained t left join first_business fb on fb.id = t.id where ${within(q, ctx.period, 't.at')}`;
