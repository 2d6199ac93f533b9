import type { Dimension } from '../../domain/indicator/indicator.types';
import { accessRows } from './indicator-access.sql';
import { decisionRatios, flowCounts, type FamilySql } from './indicator-flow.sql';
import { moduleRatios } from './indicator-module.sql';
import { outcomeRatios } from './indicator-outcome.sql';
import { accessSideRows, moduleSideRows, outcomeSideRows } from './indicator-side.sql';
import { groupingSql, PEOPLE } from './indicator-query.sql';

/**
 * The flow and decision indicators of an open period (no from, no to) from journey_summary, one row a journey
 * (db/facts/journey-summary.sql.ts), instead of the facts: the same figures as flowCounts and decisionRatios give
 * when every fact falls in the period. The families they stand for.
 */
const SUMMARY_FAMILIES: readonly FamilySql[] = [flowCounts, decisionRatios];

/** The families an open period reads from the indicator side rows (db/indicators/indicator-side.sql.ts). */
const SIDE_FAMILIES = new Map<FamilySql, FamilySql>([
  [moduleRatios, moduleSideRows],
  [outcomeRatios, outcomeSideRows],
  [accessRows, accessSideRows],
]);

/**
 * The families of an open period: summaryRows for flowCounts and decisionRatios, the side rows' statements for the
 * module, outcome and access families, the others kept.
 */
export function openPeriodFamilies(families: readonly FamilySql[]): FamilySql[] {
  return [summaryRows, ...families.filter((f) => !SUMMARY_FAMILIES.includes(f)).map((f) => SIDE_FAMILIES.get(f) ?? f)];
}

/**
 * The keys with a fixed name: counts and sums per group of each dimension, in one GROUPING SETS pass over the
 * people of `pop` joined to their summary, unpivoted to (k, dim, grp, num, den). A key shows in a group when the facts
 * would give it at least one row there (`n`), as a family's rows do.
 */
export function summaryCountsSql(dimensions: readonly Dimension[], over = PEOPLE): string {
  const g = groupingSql(dimensions, 'p.', [], over.whole);
  const count = (cond: string) => `count(*) filter (where ${cond})`;
  const open = `p.status <> 'CLOSED'`;
  return `select v.k, t.dim, t.grp, v.num::float8 as num, v.den::float8 as den, null::float8 as med,
      null::float8 as mean
    from (select ${g.dim} as dim, ${g.grp} as grp, count(*) as enrolled, ${count('s.assessed')} as assessed,
        ${count('s.trained')} as trained, ${count('s.graduated')} as graduated, ${count('s.referred')} as referred,
        ${count('s.business_started')} as business_started, ${count('s.exited')} as exited,
        ${count('s.decided')} as decided, ${count('s.decided and s.graduated')} as decided_graduated,
        ${count('s.decided and s.first_intensive_at is not null')} as decided_intensive,
        ${count('s.first_intensive_at is not null')} as intensive,
        ${count('s.last_graduated_at > s.first_intensive_at')} as intensive_success,
        coalesce(sum(s.referral_answers), 0) as answers, coalesce(sum(s.referrals_accepted), 0) as accepted,
        ${count(open)} as open, coalesce(sum(p.overdue_count) filter (where ${open}), 0) as overdue
      from ${over.rows} p left join journey_summary s on s.journey_id = p.id
      group by grouping sets (${g.sets})) t
    cross join lateral (values ('enrolled', t.enrolled, 0, t.enrolled), ('assessed', t.assessed, 0, t.assessed),
      ('trained', t.trained, 0, t.trained), ('graduated', t.graduated, 0, t.graduated),
      ('referred', t.referred, 0, t.referred), ('businesses_started', t.business_started, 0, t.business_started),
      ('exits', t.exited, 0, t.exited), ('graduation_rate', t.decided_graduated, t.decided, t.decided),
      ('intensive_support_rate', t.decided_intensive, t.decided, t.decided),
      ('intensive_support_success_rate', t.intensive_success, t.intensive, t.intensive),
      ('referral_acceptance_rate', t.accepted, t.answers, t.answers),
      ('overdue_steps', t.overdue, t.open, t.open)) v(k, num, den, n)
    where v.n > 0`;
}

/**
 * The keys named after a value (stage, exit kind, facilitator) and the one with an amount (time to graduation):
 * a row per person and key, as flowCounts and decisionRatios give them, summed by peopleSql.
 */
const summaryRows: FamilySql = () => `
  select pop.id, 'stage:' || pop.stage as k, 1 as num, 0 as den, null::float8 as val from pop
  union all select pop.id, x.k, 1, 0, null
    from pop join journey_summary s on s.journey_id = pop.id cross join unnest(s.exit_keys) x(k) where s.exited
  union all select pop.id, 'time_to_graduation', 1, 1,
      extract(epoch from s.first_graduated_at - pop.enrolled_at) / 86400.0
    from pop join journey_summary s on s.journey_id = pop.id where s.first_graduated_at is not null
  union all select pop.id, 'overdue_steps:facilitator:' || coalesce(pop.facilitator_id, 'UNASSIGNED'),
      pop.overdue_count, 1, null
    from pop where pop.status <> 'CLOSED'`;
