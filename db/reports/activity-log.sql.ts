import type { IndicatorFilter } from '../../domain/indicator/indicator.types';
import type { FieldActivity } from '../../domain/report/report-field-sections';
import { filterConditions, SqlParams, within, type Period } from '../indicators/indicator-query.sql';
import type { SqlRows } from '../shared/sql-rows';

/**
 * The dated activities of a report's filter and period (monthly and quarterly reports, "kegiatan yang
 * dilaksanakan ... termasuk tanggal dan lokasi", [001:3709]): each group session held (the day of its first
 * attendance row, its location and topic, how many attended, PRESENT or PARTIAL), and the intensive-support and
 * mentoring visits made per day, region and visit kind (counts only: no person is named). Oldest first.
 */
export function activityLogSql(filter: IndicatorFilter): { sql: string; params: unknown[] } {
  const q = new SqlParams();
  const period: Period = { from: filter.from ?? null, to: filter.to ?? null };
  const sql = `select * from (
    select to_char(h.held_at at time zone 'UTC', 'YYYY-MM-DD') as date, 'GROUP_SESSION' as kind,
           s.location, s.topic as detail, h.attended as count
      from community_group g join group_session s on s.group_id = g.id
      cross join lateral (select min(a.held_at) as held_at,
             count(*) filter (where a.status in ('PRESENT', 'PARTIAL'))::int as attended
        from group_attendance a where a.session_id = s.id) h
     where h.held_at is not null and ${within(q, period, 'h.held_at')}
       and ${filterConditions(q, filter, 'g').join(' and ')}
    union all
    select to_char((e.data->>'visitedAt')::timestamptz at time zone 'UTC', 'YYYY-MM-DD'),
           case e.type when 'INTENSIVE_VISIT_RECORDED' then 'INTENSIVE_VISIT' else 'MENTORING_VISIT' end,
           j.region_code, coalesce(e.data->>'kind', 'UNKNOWN'), count(*)::int
      from journey j join journey_event e on e.journey_id = j.id
     where e.type in ('INTENSIVE_VISIT_RECORDED', 'MENTORING_VISIT_RECORDED')
       and ${within(q, period, `(e.data->>'visitedAt')::timestamptz`)}
       and ${filterConditions(q, filter, 'j').join(' and ')}
     group by 1, 2, 3, 4) x
   order by date, kind, location, detail
   limit 1000`;
  return { sql, params: q.values };
}

export async function loadActivityLog(sql: SqlRows, filter: IndicatorFilter): Promise<FieldActivity[]> {
  const st = activityLogSql(filter);
  const rows = await sql(st.sql, st.params);
  return rows.map((r) => ({
    date: String(r.date),
    kind: r.kind as FieldActivity['kind'],
    location: String(r.location),
    detail: String(r.detail),
    count: Number(r.count),
  }));
}
