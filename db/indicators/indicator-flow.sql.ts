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

const ev = (q: SqlParams, period: Period, types: string[], extra = 'true') =>
  `select e.journey_id as id, e.at, e.stage, e.exit_kind, e.answer from journey_fact e join pop on pop.id = e.journey_id
    where e.type in (${types.map((t) => q.p(t)).join(', ')}) and ${within(q, period, 'e.at')} and ${extra}`;

/**
 * Flow through the journey (COUNT families, one row per person and key, den unused): enrolled,
 * assessed, stage at the end of the period, trained, graduated, referred, exits by reason,
 * businesses started.
 */
export const flowCounts: FamilySql = (q, { period }) => {
  const enrolledInPeriod = within(q, period, 'pop.enrolled_at'); // parameters in text order
  const stageAtEnd = period.to
    ? `coalesce((select e.stage from journey_fact e
         where e.journey_id = pop.id and e.type = 'STAGE_CHANGED' and ${byEnd(q, period, 'e.at')}
         order by e.seq desc, e.ordinal desc limit 1), 'ENROLLED')`
    : 'pop.stage';
  return `select pop.id, 'enrolled' as k, 1 as num, 0 as den, null::float8 as val from pop where ${enrolledInPeriod}
    union all select pop.id, 'stage:' || ${stageAtEnd}, 1, 0, null from pop
    union all select distinct x.id, 'assessed', 1, 0, null::float8 from (${ev(q, period, ['ASSESSMENT_SUBMITTED'])}) x
    union all select distinct x.id, 'trained', 1, 0, null::float8 from (${ev(q, period, ['MODULE_COMPLETED'])}) x
    union all select distinct x.id, 'graduated', 1, 0, null::float8
      from (${ev(q, period, ['GRADUATION_DECIDED'], `e.decision = 'GRADUATE'`)}) x
    union all select distinct x.id, 'referred', 1, 0, null::float8 from (${ev(q, period, ['REFERRED'])}) x
    union all select distinct x.id, r.k, 1, 0, null::float8
      from (${ev(q, period, ['JOURNEY_CLOSED'], `e.stage in ('EXITED', 'WITHDRAWN', 'TERMINATED')`)}) x
      cross join lateral (values
        ('exits:' || case when x.stage = 'EXITED' then x.exit_kind else x.stage end),
        ('exits')) r(k)
    union all select distinct x.id, 'businesses_started', 1, 0, null::float8
      from (${ev(q, period, ['RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED'], 'e.business_running')}) x`;
};

/**
 * Decisions (ratio families, one row per person): graduation rate and time to graduation,
 * intensive-support rate and success, referral acceptance; overdue steps per facilitator now.
 */
export const decisionRatios: FamilySql = (q, { period }) => `
  with decided as (
    select e.journey_id as id, bool_or(e.decision = 'GRADUATE') as graduated
      from journey_fact e join pop on pop.id = e.journey_id
     where e.type = 'GRADUATION_DECIDED' and ${within(q, period, 'e.at')} group by e.journey_id),
  grad as (
    select e.journey_id as id, min(e.at) as at from journey_fact e join pop on pop.id = e.journey_id
     where e.type = 'GRADUATION_DECIDED' and e.decision = 'GRADUATE' and ${within(q, period, 'e.at')}
       group by e.journey_id),
  intensive as (
    select e.journey_id as id, min(e.at) as at from journey_fact e join pop on pop.id = e.journey_id
     where e.type = 'INTENSIVE_SUPPORT_STARTED' and ${within(q, period, 'e.at')} group by e.journey_id)
  select d.id, 'graduation_rate' as k, (case when d.graduated then 1 else 0 end)::float8 as num,
      1::float8 as den, null::float8 as val
    from decided d
  union all select d.id, 'intensive_support_rate', case when i.id is null then 0 else 1 end, 1, null
    from decided d left join intensive i on i.id = d.id
  union all select g.id, 'time_to_graduation', 1, 1, extract(epoch from g.at - pop.enrolled_at) / 86400.0
    from grad g join pop on pop.id = g.id
  union all select i.id, 'intensive_support_success_rate',
      case when exists (select 1 from journey_fact e where e.journey_id = i.id and e.type = 'GRADUATION_DECIDED'
        and e.decision = 'GRADUATE' and e.at > i.at and ${byEnd(q, period, 'e.at')}) then 1 else 0 end,
      1, null
      from intensive i
  union all select x.id, 'referral_acceptance_rate', case when x.answer = 'ACCEPTED' then 1 else 0 end, 1, null
      from (${ev(q, period, ['REFERRAL_ANSWERED'])}) x
  union all select pop.id, k.k, j.overdue_count, 1, null
      from pop join journey j on j.id = pop.id
      cross join lateral (values
        ('overdue_steps'), ('overdue_steps:facilitator:' || coalesce(pop.facilitator_id, 'UNASSIGNED'))) k(k)
     where pop.status <> 'CLOSED'`;
