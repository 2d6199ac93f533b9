import { DEADLINE_KINDS, type DeadlineKind } from '../../domain/journey/journey-codes';
import type { CaseloadCounts } from '../../domain/report/caseload-figures.rules';
import { filterConditions, SqlParams, within, type Period } from '../indicators/indicator-query.sql';
import type { SqlRows } from '../shared/sql-rows';

export interface CaseloadFilter {
  facilitatorId: string;
  programmeId: string;
  from: string;
  to: string;
  /** The reader's region prefixes (null or `*`: every region). */
  scopeRegionPrefixes: string[] | null;
}

/**
 * One facilitator's caseload counts, from typed columns and the journey events of the journeys assigned to them
 * (journey.facilitator_id) in the programme and the reader's regions:
 * - journeys: how many are assigned now; overdue: their overdue steps now (journey.state.overdue) by kind;
 * - sessions held in the period: ATTENDANCE_RECORDED events whose heldAt lies in it, a group session once (its
 *   members' copies share the session id), an individual one per journey; attendance: those records by status;
 * - visits: intensive-support and mentoring visits whose visit date lies in the period, and how many were home
 *   visits.
 */
export function caseloadSql(filter: CaseloadFilter): { sql: string; params: unknown[] } {
  const q = new SqlParams();
  const period: Period = { from: filter.from, to: filter.to };
  const where = filterConditions(q, { ...filter, cohortId: null, regionPrefix: null }, 'j');
  where.push(`j.facilitator_id = ${q.p(filter.facilitatorId)}`);
  const sql = `with cl as (select j.id, j.state from journey j where ${where.join(' and ')}),
    att as (
      select a.journey_id, a.data->>'status' as status,
             case when s.data->>'groupId' is not null then 'g:' || (s.data->>'sessionId')
                  else 'i:' || a.journey_id || ':' || (a.data->>'moduleId') || ':' || (a.data->>'sessionId')
             end as session
        from journey_event a join cl on cl.id = a.journey_id
        left join journey_event s on s.journey_id = a.journey_id and s.type = 'SESSION_SCHEDULED'
         and s.data->>'moduleId' = a.data->>'moduleId' and s.data->>'sessionId' = a.data->>'sessionId'
       where a.type = 'ATTENDANCE_RECORDED' and ${within(q, period, `(a.data->>'heldAt')::timestamptz`)}),
    vis as (
      select e.type, e.data->>'kind' as kind from journey_event e join cl on cl.id = e.journey_id
       where e.type in ('INTENSIVE_VISIT_RECORDED', 'MENTORING_VISIT_RECORDED')
         and ${within(q, period, `(e.data->>'visitedAt')::timestamptz`)})
    select (select count(*) from cl)::int as journeys,
      (select coalesce(jsonb_object_agg(kind, n), '{}'::jsonb) from (
         select o->>'kind' as kind, count(*)::int as n from cl
           cross join lateral jsonb_array_elements(coalesce(cl.state->'overdue', '[]'::jsonb)) o group by 1) k)
        as overdue,
      (select count(distinct session) from att)::int as sessions_held,
      (select count(*) from att where status = 'PRESENT')::int as present,
      (select count(*) from att where status = 'PARTIAL')::int as partial,
      (select count(*) from att where status = 'ABSENT')::int as absent,
      (select count(*) from vis where type = 'INTENSIVE_VISIT_RECORDED')::int as intensive,
      (select count(*) from vis where type = 'MENTORING_VISIT_RECORDED')::int as mentoring,
      (select count(*) from vis where kind = 'HOME_VISIT')::int as home_visits`;
  return { sql, params: q.values };
}

export async function loadCaseloadCounts(sql: SqlRows, filter: CaseloadFilter): Promise<CaseloadCounts> {
  const st = caseloadSql(filter);
  const [row] = await sql(st.sql, st.params);
  const overdue = (row.overdue ?? {}) as Record<string, number>;
  return {
    journeys: Number(row.journeys),
    overdue: DEADLINE_KINDS.filter((k) => overdue[k]).map((kind: DeadlineKind) => ({ kind, steps: overdue[kind] })),
    sessionsHeld: Number(row.sessions_held),
    attendance: { present: Number(row.present), partial: Number(row.partial), absent: Number(row.absent) },
    visits: { intensive: Number(row.intensive), mentoring: Number(row.mentoring), homeVisits: Number(row.home_visits) },
  };
}
