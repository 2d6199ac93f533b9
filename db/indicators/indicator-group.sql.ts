import { BUSINESS_KINDS, CAPITAL_SOURCES, DECISION_ROLES } from '../../domain/group/group.rules';
import type { IndicatorFilter } from '../../domain/indicator/indicator.types';
import type { FamilySql } from './indicator-flow.sql';
import { filterConditions, within, type Period, type SqlParams } from './indicator-query.sql';

/**
 * Group figures (domain/indicator/group-indicator-catalogue.ts, where the period, open groups and open
 * memberships are defined) over community_group, group_member, group_session, group_attendance, group_capital and
 * group_report. People figures are a family over `pop` like the others; group figures are rows per group over
 * the groups of the period (`groupPopulationSql`, aggregated by the group's region and cohort).
 */

/** The period's last day: `to`, or today (UTC) for an open period. */
const lastDay = (q: SqlParams, period: Period): string =>
  period.to ? q.p(period.to, 'date') : `(now() at time zone 'UTC')::date`;

/** A date column on a day of the period (inclusive); 'true' when open. */
function withinDays(q: SqlParams, period: Period, column: string): string {
  const parts: string[] = [];
  if (period.from) parts.push(`${column} >= ${q.p(period.from, 'date')}`);
  if (period.to) parts.push(`${column} <= ${q.p(period.to, 'date')}`);
  return parts.length ? parts.join(' and ') : 'true';
}

const codes = (q: SqlParams, list: readonly string[]) => list.map((c) => q.p(c, 'text')).join(', ');

/**
 * People (one row per person of `pop` and key): open memberships on the last day, per kind, decision roles and
 * the women among leaders; attendance at group sessions held within the period, overall and per group.
 */
export const groupMemberRows: FamilySql = (q, { period }) => `
  with mem as (
    select m.journey_id as id, g.kind, m.role in (${codes(q, DECISION_ROLES)}) as leader
      from group_member m join pop on pop.id = m.journey_id join community_group g on g.id = m.group_id
      cross join (select ${lastDay(q, period)} as d) e
     where m.joined_on <= e.d and (m.left_on is null or m.left_on > e.d) and g.formed_on <= e.d
       and not (g.status = 'DISSOLVED' and (g.status_changed_at at time zone 'UTC')::date <= e.d)),
  members as (select id, bool_or(leader) as leader from mem group by id),
  att as (
    select a.journey_id as id, s.group_id,
           case a.status when 'PRESENT' then 1.0 when 'PARTIAL' then 0.5 else 0.0 end as points
      from group_attendance a join pop on pop.id = a.journey_id join group_session s on s.id = a.session_id
     where ${within(q, period, 'a.held_at')})
  select id, 'group_members' as k, 1::float8 as num, 0::float8 as den, null::float8 as val from members
  union all select distinct id, 'group_members:' || kind, 1, 0, null::float8 from mem
  union all select id, 'group_leader_rate', case when leader then 1 else 0 end, 1, null from members
  union all select x.id, 'group_women_leader_share', case when pop.d_sex = 'FEMALE' then 1 else 0 end, 1, null
      from members x join pop on pop.id = x.id where x.leader
  union all select a.id, k.k, a.points, 1, null from att a
    cross join lateral (values ('group_attendance_rate'), ('group_attendance_rate:group:' || a.group_id)) k(k)`;

/**
 * The groups of the period in the filter (its programme; the group's cohort and region; the caller's regions):
 * open at least one day between the first and last day of the period, with the days they were open within it,
 * whether they are open on the last day, and their province and cohort as the dimension columns.
 */
export function groupPopulationSql(q: SqlParams, filter: IndicatorFilter): string {
  const period: Period = { from: filter.from ?? null, to: filter.to ?? null };
  return `select g.id, g.kind, g.planned, g.open_from, g.open_to, g.open_to = g.end_day as open_at_end, g.end_day,
      left(g.region_code, 2) as d_region, coalesce(g.cohort_id, 'NONE') as d_cohort
    from (select g.*, greatest(g.formed_on, ${period.from ? q.p(period.from, 'date') : 'g.formed_on'}) as open_from,
            least(g.end_day, g.dissolved_on - 1) as open_to
          from (select g.id, g.kind, g.region_code, g.cohort_id, g.formed_on,
                  g.planned_meetings_per_month as planned, ${lastDay(q, period)} as end_day,
                  case when g.status = 'DISSOLVED' then (g.status_changed_at at time zone 'UTC')::date end
                    as dissolved_on
                from community_group g where ${filterConditions(q, filter, 'g').join(' and ')}) g) g
    where g.open_from <= g.open_to`;
}

/**
 * Groups (one row per group of `pop`, here the groups of the period, and key): meetings held against planned,
 * overall and per kind; for business groups and cooperatives, capital access by the last day and capital
 * received within the period (overall and per source), and whether the business is running.
 */
export const groupRows = (q: SqlParams, period: Period): string => `
  with held as (
    select s.group_id, count(*)::float8 as n
      from (select s.group_id, min(a.held_at) as at from group_session s join pop on pop.id = s.group_id
              join group_attendance a on a.session_id = s.id group by s.group_id, s.id) s
     where ${within(q, period, 's.at')} group by s.group_id),
  reported as (
    select r.group_id, sum(r.meetings_held)::float8 as n from group_report r join pop on pop.id = r.group_id
     where ${withinDays(q, period, 'r.period_end')} group by r.group_id),
  planned as (
    select g.id, sum(g.planned * ((least(g.open_to, (m + interval '1 month' - interval '1 day')::date)
        - greatest(g.open_from, m::date) + 1)::float8
        / extract(day from m + interval '1 month' - interval '1 day')::float8))
        as n
      from pop g cross join lateral
        generate_series(date_trunc('month', g.open_from::timestamp), g.open_to::timestamp, interval '1 month') m
     group by g.id),
  biz as (select * from pop where kind in (${codes(q, BUSINESS_KINDS)})),
  sources as (select null::text as source, '' as suffix
    union all select s.s, ':' || s.s from (values (${CAPITAL_SOURCES.map((s) => q.p(s, 'text')).join('), (')})) s(s)),
  capital as (
    select c.group_id, c.source, c.amount::float8 as amount, c.received_on
      from group_capital c join biz on biz.id = c.group_id),
  latest as (
    select distinct on (r.group_id) r.group_id, r.revenue::float8 as revenue
      from group_report r join biz on biz.id = r.group_id where r.period_end <= biz.end_day
     order by r.group_id, r.period_end desc, r.period_start desc)
  select g.id, k.k, coalesce(h.n, 0) + coalesce(r.n, 0) as num, coalesce(p.n, 0)::float8 as den, null::float8 as val
    from pop g left join held h on h.group_id = g.id left join reported r on r.group_id = g.id
    left join planned p on p.id = g.id
    cross join lateral (values ('group_meeting_rate'), ('group_meeting_rate:' || g.kind)) k(k)
  union all select b.id, 'group_capital_access' || s.suffix,
      case when exists (select 1 from capital c where c.group_id = b.id and c.received_on <= b.end_day
        and (s.source is null or c.source = s.source)) then 1 else 0 end, 1, null
    from biz b cross join sources s
  union all select b.id, 'group_capital_received' || s.suffix, case when v.amount > 0 then 1 else 0 end, 1, v.amount
    from biz b cross join sources s
    cross join lateral (select sum(c.amount) as amount from capital c
      where c.group_id = b.id and (s.source is null or c.source = s.source)
        and ${withinDays(q, period, 'c.received_on')}) v
  union all select b.id, 'group_business_running', case when b.open_at_end and l.revenue > 0 then 1 else 0 end, 1, null
    from biz b left join latest l on l.group_id = b.id`;
