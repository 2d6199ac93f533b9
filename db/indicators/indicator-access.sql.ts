import { CAPITAL_SOURCES } from '../../domain/group/group.rules';
import { MARKET_CHANNELS } from '../../domain/journey/journey-codes';
import type { FamilySql } from './indicator-flow.sql';
import { byEnd, within, type Period, type SqlParams } from './indicator-query.sql';

/**
 * Capital and market access of people (domain/indicator/access-indicator-catalogue.ts, where the figures and how
 * person and group capital are kept apart are defined) over journey_event, evidence (amounts), group_member and
 * group_capital. Rows per person of `pop`: proposal steps within the period (one per proposal, overall and per
 * source), capital received within the period (per person, overall and per source), capital access by the end of
 * the period (own or through a group, each person once) and market channels opened by then.
 */
/** `(values (?), (?), ...)` rows of codes, as bound parameters. */
export const values = (q: SqlParams, codes: readonly string[]) => codes.map((c) => q.p(c, 'text')).join('), (');

/**
 * The people of `pop` who were members of a business group or cooperative on a day it received capital, by the end
 * of the period (capital_access:GROUP).
 */
export const viaGroup = (q: SqlParams, period: Period) => `
    select distinct m.journey_id as id from group_member m join pop on pop.id = m.journey_id
      join group_capital c on c.group_id = m.group_id
     where c.received_on <= ${period.to ? q.p(period.to, 'date') : `(now() at time zone 'UTC')::date`}
       and m.joined_on <= c.received_on and (m.left_on is null or m.left_on > c.received_on)`;

export const accessRows: FamilySql = (q, { period }) => `
  with ev as (
    select e.journey_id as id, e.type, e.at, e.source, e.decision, e.channel, e.amount, e.has_evidence
      from journey_fact e join pop on pop.id = e.journey_id
     where e.type in ('CAPITAL_PROPOSAL_SUBMITTED', 'CAPITAL_PROPOSAL_DECIDED', 'CAPITAL_RECEIVED',
       'MARKET_CHANNEL_OPENED') and ${byEnd(q, period, 'e.at')}),
  steps as (
    select id, case type when 'CAPITAL_PROPOSAL_SUBMITTED' then 'capital_proposals_submitted'
        when 'CAPITAL_RECEIVED' then 'capital_proposals_received' else 'capital_proposals_approved' end as k,
      source
      from ev where ${within(q, period, 'at')}
       and (type in ('CAPITAL_PROPOSAL_SUBMITTED', 'CAPITAL_RECEIVED')
         or (type = 'CAPITAL_PROPOSAL_DECIDED' and decision = 'APPROVED'))),
  received as (
    select x.id, x.source, x.amount, ${within(q, period, 'x.at')} as in_period
      from ev x where x.type = 'CAPITAL_RECEIVED' and x.has_evidence),
  amounts as (
    select id, source, sum(amount) as amount from received where in_period group by grouping sets ((id), (id, source))),
  sources as (select null::text as source, '' as suffix
    union all select s.s, ':' || s.s from (values (${values(q, CAPITAL_SOURCES)})) s(s)),
  own as (select distinct id from received),
  via_group as (${viaGroup(q, period)}),
  channels as (select distinct id, channel from ev where type = 'MARKET_CHANNEL_OPENED'),
  channel_codes as (select null::text as channel, '' as suffix
    union all select c.c, ':' || c.c from (values (${values(q, MARKET_CHANNELS)})) c(c))
  select id, k, 1::float8 as num, 0::float8 as den, null::float8 as val from steps
  union all select id, k || ':' || source, 1, 0, null from steps
  union all select p.id, 'capital_received' || s.suffix, case when a.amount > 0 then 1 else 0 end, 1, a.amount
    from pop p cross join sources s left join amounts a on a.id = p.id and a.source is not distinct from s.source
  union all select p.id, k.k,
      case k.k when 'capital_access' then (o.id is not null or g.id is not null)::int
        when 'capital_access:PERSON' then (o.id is not null)::int else (g.id is not null)::int end, 1, null
    from pop p left join own o on o.id = p.id left join via_group g on g.id = p.id
    cross join (values ('capital_access'), ('capital_access:PERSON'), ('capital_access:GROUP')) k(k)
  union all select p.id, 'market_access' || c.suffix,
      case when exists (select 1 from channels x where x.id = p.id and (c.channel is null or x.channel = c.channel))
        then 1 else 0 end, 1, null
    from pop p cross join channel_codes c`;
