import { byEnd, within, type Period, type SqlParams } from './indicator-query.sql';

/** What a family's SQL may depend on besides the population. */
export interface FamilyContext {
  period: Period;
  /** Days in a programme "month" (rules.daysPerMonth), for "within N months" indicators. */
  daysPerMonth: number;
  businessStartWithinMonths: number;
  /** The poverty line of each rules version the programme's journeys follow (poverty_line_share); absent: none. */
  povertyLines?: { rules_id: string; version: number; line: number }[];
}

/** A family's rows: (id = journey, k = indicator key, num, den, val). Reads `pop`. */
export type FamilySql = (q: SqlParams, ctx: FamilyContext) => string;

/**
 * Flow through the journey (COUNT families, one row per person and key, den unused): enrolled,
 * assessed, stage at the end of the period, trained, graduated, referred, exits by reason,
 * businesses started. The facts of the period are read in one scan (`f`), each key from it.
 */
export const flowCounts: FamilySql = (q, { period }) => `
  with f as materialized (
    select e.journey_id as id, e.type, e.stage, e.exit_kind, e.decision, e.business_running
      from journey_fact e join pop on pop.id = e.journey_id
     where e.type in ('ASSESSMENT_SUBMITTED', 'MODULE_COMPLETED', 'GRADUATION_DECIDED', 'REFERRED', 'JOURNEY_CLOSED',
       'RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED') and ${within(q, period, 'e.at')}),
  keyed as (
    select id, case type when 'ASSESSMENT_SUBMITTED' then 'assessed' when 'MODULE_COMPLETED' then 'trained'
        when 'GRADUATION_DECIDED' then 'graduated' when 'REFERRED' then 'referred' else 'businesses_started' end as k
      from f
     where type in ('ASSESSMENT_SUBMITTED', 'MODULE_COMPLETED', 'REFERRED')
        or (type = 'GRADUATION_DECIDED' and decision = 'GRADUATE')
        or (type in ('RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED') and business_running)
    union all select f.id, r.k from f
      cross join lateral (values ('exits:' || case when f.stage = 'EXITED' then f.exit_kind else f.stage end),
        ('exits')) r(k)
     where f.type = 'JOURNEY_CLOSED' and f.stage in ('EXITED', 'WITHDRAWN', 'TERMINATED'))
  select pop.id, 'enrolled' as k, 1 as num, 0 as den, null::float8 as val
    from pop where ${within(q, period, 'pop.enrolled_at')}
  union all select pop.id, 'stage:' || ${
    period.to
      ? `coalesce((select e.stage from journey_fact e
         where e.journey_id = pop.id and e.type = 'STAGE_CHANGED' and ${byEnd(q, period, 'e.at')}
         order by e.seq desc, e.ordinal desc limit 1), 'ENROLLED')`
      : 'pop.stage'
  }, 1, 0, null from pop
  union all select distinct id, k, 1, 0, null::float8 from keyed`;

/**
 * Decisions (ratio families, one row per person): graduation rate and time to graduation,
 * intensive-support rate and success, referral acceptance; overdue steps per facilitator now. The decisions by the
 * end of the period are read in one scan (`f`, with whether each falls within the period).
 */
export const decisionRatios: FamilySql = (q, { period }) => `
  with f as materialized (
    select e.journey_id as id, e.type, e.at, e.decision, e.answer, ${within(q, period, 'e.at')} as in_period
      from journey_fact e join pop on pop.id = e.journey_id
     where e.type in ('GRADUATION_DECIDED', 'INTENSIVE_SUPPORT_STARTED', 'REFERRAL_ANSWERED')
       and ${byEnd(q, period, 'e.at')}),
  decided as (
    select id, bool_or(decision = 'GRADUATE') as graduated from f
     where type = 'GRADUATION_DECIDED' and in_period group by id),
  grad as (
    select id, min(at) filter (where in_period) as at, max(at) as last_at from f
     where type = 'GRADUATION_DECIDED' and decision = 'GRADUATE' group by id),
  intensive as (select id, min(at) as at from f where type = 'INTENSIVE_SUPPORT_STARTED' and in_period group by id)
  select d.id, 'graduation_rate' as k, (case when d.graduated then 1 else 0 end)::float8 as num,
      1::float8 as den, null::float8 as val
    from decided d
  union all select d.id, 'intensive_support_rate', case when i.id is null then 0 else 1 end, 1, null
    from decided d left join intensive i on i.id = d.id
  union all select g.id, 'time_to_graduation', 1, 1, extract(epoch from g.at - pop.enrolled_at) / 86400.0
    from grad g join pop on pop.id = g.id where g.at is not null
  union all select i.id, 'intensive_support_success_rate', case when g.last_at > i.at then 1 else 0 end, 1, null
      from intensive i left join grad g on g.id = i.id
  union all select x.id, 'referral_acceptance_rate', case when x.answer = 'ACCEPTED' then 1 else 0 end, 1, null
      from f x where x.type = 'REFERRAL_ANSWERED' and x.in_period
  union all select pop.id, k.k, pop.overdue_count, 1, null
      from pop cross join lateral (values
        ('overdue_steps'), ('overdue_steps:facilitator:' || coalesce(pop.facilitator_id, 'UNASSIGNED'))) k(k)
     where pop.status <> 'CLOSED'`;
