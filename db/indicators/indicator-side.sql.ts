import { CAPITAL_SOURCES } from '../../domain/group/group.rules';
import { MARKET_CHANNELS } from '../../domain/journey/journey-codes';
import type { IndicatorRowFamily } from '../../domain/indicator/indicator-row.types';
import { viaGroup } from './indicator-access.sql';
import type { FamilySql } from './indicator-flow.sql';

/**
 * The module, outcome and access families of an open period (no from, no to) from the indicator side rows
 * (journey_indicator_row, db/facts/journey-indicator-row.sql.ts) instead of the facts: the same rows, summed per
 * journey and key where they carry no amount, as moduleRatios, outcomeRatios and accessRows give when every fact
 * falls in the period. What depends on the programme or other tables stays here: module completion (the journey's
 * plan, journey_module_fact), business started within the programme's months of the end of training
 * (journey_summary), capital through a group (group tables) and the keys every person has (0 without a row).
 */

/**
 * The side rows of a family (`per_person` false: the rows as the facts' statement gives), of every journey: the
 * statement keeps those of the people of `pop` when it joins the rows to their dimensions.
 */
const side = (family: IndicatorRowFamily, perPerson: boolean) => `
    select r.journey_id as id, r.k, r.num, r.den, r.val, r.at
      from journey_indicator_row r where r.family = '${family}' and ${perPerson ? '' : 'not '}r.per_person`;

/** Attendance and evaluations from the side rows; completion per planned module of the journey's plan. */
export const moduleSideRows: FamilySql = () => `
  select s.id, s.k, s.num, s.den, s.val from (${side('MODULE', false)}) s
  union all select pop.id, k.k, case when m.status = 'COMPLETED' then 1 else 0 end, 1, null
    from pop join journey_module_fact m on m.journey_id = pop.id
    cross join lateral (values ('module_completion_rate'), ('module_completion_rate:' || m.module_template)) k(k)`;

/** Income, minimum wage, welfare, business and work from the side rows; business started within N months. */
export const outcomeSideRows: FamilySql = (q, ctx) => `
  select s.id, s.k, s.num, s.den, s.val from (${side('OUTCOME', false)}) s
  union all select t.journey_id, 'business_started_within_months',
      case when fb.at <= t.first_re_evaluation_at
        + make_interval(secs => ${q.p(ctx.businessStartWithinMonths * ctx.daysPerMonth * 86400, 'float8')})
        then 1 else 0 end, 1, null
    from journey_summary t join pop on pop.id = t.journey_id
    left join (${side('OUTCOME', true)}) fb on fb.id = t.journey_id and fb.k = 'business_started_within_months'
   where t.first_re_evaluation_at is not null`;

/** Every person's keys: capital received (overall and per source) and market access (any, and per channel). */
const PER_PERSON_KEYS = [
  'capital_received',
  ...CAPITAL_SOURCES.map((s) => `capital_received:${s}`),
  'market_access',
  ...MARKET_CHANNELS.map((c) => `market_access:${c}`),
];

/** The keys every person has a row of (num 0 and den 1 without a side row): counted from the population. */
export const ACCESS_EVERYONE_KEYS = [
  ...PER_PERSON_KEYS,
  'capital_access',
  'capital_access:PERSON',
  'capital_access:GROUP',
];

/**
 * Proposal steps from the side rows; the numerators of every person's keys (capital received, market access,
 * capital access own or via a group), their den 1 a person coming from the population (ACCESS_EVERYONE_KEYS); a
 * person's further row of the same key (a second capital_received row) adds 1 to it, as a row a person does.
 */
export const accessSideRows: FamilySql = (q, { period }) => `
  with own as (${side('ACCESS', true)}),
  via_group as (${viaGroup(q, period)}),
  access as (
    select id, k from own where k = 'capital_access:PERSON' union all select id, 'capital_access:GROUP' from via_group)
  select s.id, s.k, s.num, s.den, s.val from (${side('ACCESS', false)}) s
  union all select o.id, o.k, coalesce(o.num, 0), (row_number() over (partition by o.id, o.k) > 1)::int, o.val
    from own o where o.k in (${PER_PERSON_KEYS.map((k) => q.p(k, 'text')).join(', ')})
  union all select id, k, 1, 0, null from access
  union all select distinct id, 'capital_access', 1, 0, null::float8 from access`;
