import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cell, Contribution, Person } from './indicator-oracle';

/**
 * An independent computation of the group indicators for the e2e tests: plain SELECTs of the group tables, then
 * every figure worked out in TypeScript, day by day and row by row, with no SQL of the service and no domain code
 * (the code lists are spelled out here). The period: events count when they fall within from..to (open ends
 * unbounded); states are read on its last day, `to` or today (UTC).
 */
const BUSINESS = ['BUSINESS_GROUP', 'COOPERATIVE'];
const SOURCES = ['GRANT', 'KUR', 'UMI', 'COOPERATIVE_LOAN', 'CSR'];
const LEADERS = ['CHAIR', 'SECRETARY', 'TREASURER'];
const points = (s: string) => (s === 'PRESENT' ? 1 : s === 'PARTIAL' ? 0.5 : 0);

interface GroupRow {
  id: string;
  programme_id: string;
  cohort_id: string | null;
  region_code: string;
  kind: string;
  status: string;
  status_changed_at: Date;
  formed_on: string;
  planned_meetings_per_month: number;
}
interface MemberRow {
  group_id: string;
  journey_id: string;
  role: string;
  joined_on: string;
  left_on: string | null;
}
interface AttendanceRow {
  session_id: string;
  group_id: string;
  journey_id: string;
  status: string;
  held_at: Date;
}
interface CapitalRow {
  group_id: string;
  source: string;
  amount: string;
  received_on: string;
}
interface ReportRow {
  group_id: string;
  period_start: string;
  period_end: string;
  meetings_held: number;
  revenue: string;
}
export interface GroupRaw {
  groups: GroupRow[];
  members: MemberRow[];
  attendance: AttendanceRow[];
  capital: CapitalRow[];
  reports: ReportRow[];
}
export interface OraclePeriod {
  from: string | null;
  to: string | null;
}

export async function loadGroupRaw(em: EntityManager): Promise<GroupRaw> {
  const conn = em.getConnection();
  return {
    groups: await conn.execute<GroupRow[]>(
      'select id, programme_id, cohort_id, region_code, kind, status, status_changed_at, ' +
        'formed_on::text as formed_on, planned_meetings_per_month from community_group',
    ),
    members: await conn.execute<MemberRow[]>(
      'select group_id, journey_id, role, joined_on::text as joined_on, left_on::text as left_on from group_member',
    ),
    attendance: await conn.execute<AttendanceRow[]>(
      'select a.session_id, s.group_id, a.journey_id, a.status, a.held_at ' +
        'from group_attendance a join group_session s on s.id = a.session_id',
    ),
    capital: await conn.execute<CapitalRow[]>(
      'select group_id, source, amount::text as amount, received_on::text as received_on from group_capital',
    ),
    reports: await conn.execute<ReportRow[]>(
      'select group_id, period_start::text as period_start, period_end::text as period_end, meetings_held, ' +
        'revenue::text as revenue from group_report',
    ),
  };
}

const dayOf = (at: Date | string | number) => new Date(at).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayOf(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
const inPeriod = (day: string, p: OraclePeriod) => (!p.from || day >= p.from) && (!p.to || day <= p.to);
const daysInMonth = (day: string) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).getUTCDate();
const lastDayOf = (p: OraclePeriod) => p.to ?? new Date().toISOString().slice(0, 10);

/** The day a dissolved group stopped (DISSOLVED is final), else null. */
const dissolvedOn = (g: GroupRow) => (g.status === 'DISSOLVED' ? dayOf(g.status_changed_at) : null);
const openOn = (g: GroupRow, day: string) => g.formed_on <= day && (dissolvedOn(g) === null || day < dissolvedOn(g)!);

/** People rows (ids of `people` only): memberships on the last day, leaders, women leaders, group attendance. */
export function groupPeopleContributions(raw: GroupRaw, people: Person[], period: OraclePeriod): Contribution[] {
  const end = lastDayOf(period);
  const byId = new Map(people.map((p) => [p.id, p]));
  const groups = new Map(raw.groups.map((g) => [g.id, g]));
  const out: Contribution[] = [];
  for (const p of people) {
    const open = raw.members.filter(
      (m) =>
        m.journey_id === p.id &&
        m.joined_on <= end &&
        (m.left_on === null || m.left_on > end) &&
        openOn(groups.get(m.group_id)!, end),
    );
    if (open.length === 0) continue;
    const leader = open.some((m) => LEADERS.includes(m.role));
    out.push({ id: p.id, key: 'group_members', num: 1, den: 0, val: null });
    for (const kind of new Set(open.map((m) => groups.get(m.group_id)!.kind)))
      out.push({ id: p.id, key: `group_members:${kind}`, num: 1, den: 0, val: null });
    out.push({ id: p.id, key: 'group_leader_rate', num: leader ? 1 : 0, den: 1, val: null });
    if (leader)
      out.push({ id: p.id, key: 'group_women_leader_share', num: p.sex === 'FEMALE' ? 1 : 0, den: 1, val: null });
  }
  for (const a of raw.attendance.filter((x) => byId.has(x.journey_id) && inPeriod(dayOf(x.held_at), period)))
    for (const key of ['group_attendance_rate', `group_attendance_rate:group:${a.group_id}`])
      out.push({ id: a.journey_id, key, num: points(a.status), den: 1, val: null });
  return out;
}

/** The groups of the period in the filter (programme, cohort; region prefix), with the days they were open. */
function groupsOfPeriod(raw: GroupRaw, programmeId: string, cohortId: string | null, period: OraclePeriod) {
  const end = lastDayOf(period);
  return raw.groups
    .filter((g) => g.programme_id === programmeId && (!cohortId || g.cohort_id === cohortId))
    .map((g) => {
      const days: string[] = [];
      for (let d = period.from && period.from > g.formed_on ? period.from : g.formed_on; d <= end; d = addDays(d, 1))
        if (openOn(g, d)) days.push(d);
      return { g, days, openAtEnd: openOn(g, end) };
    })
    .filter((x) => x.days.length > 0);
}

/** Group rows of the groups of the period: meetings against planned, capital access and received, running. */
export function groupRowsOf(raw: GroupRaw, programmeId: string, cohortId: string | null, period: OraclePeriod) {
  const end = lastDayOf(period);
  const out: { group: GroupRow; key: string; num: number; den: number; val: number | null }[] = [];
  for (const { g, days, openAtEnd } of groupsOfPeriod(raw, programmeId, cohortId, period)) {
    const heldAt = new Map<string, number>();
    for (const a of raw.attendance.filter((x) => x.group_id === g.id))
      heldAt.set(a.session_id, Math.min(heldAt.get(a.session_id) ?? Infinity, new Date(a.held_at).getTime()));
    const held = [...heldAt.values()].filter((t) => inPeriod(dayOf(new Date(t)), period)).length;
    const reports = raw.reports.filter((r) => r.group_id === g.id);
    const reported = reports.filter((r) => inPeriod(r.period_end, period)).reduce((s, r) => s + r.meetings_held, 0);
    const planned = days.reduce((s, d) => s + g.planned_meetings_per_month / daysInMonth(d), 0);
    for (const key of ['group_meeting_rate', `group_meeting_rate:${g.kind}`])
      out.push({ group: g, key, num: held + reported, den: planned, val: null });
    if (!BUSINESS.includes(g.kind)) continue;
    const capital = raw.capital.filter((c) => c.group_id === g.id);
    for (const source of [null, ...SOURCES]) {
      const suffix = source ? `:${source}` : '';
      const mine = capital.filter((c) => source === null || c.source === source);
      const access = mine.some((c) => c.received_on <= end);
      out.push({ group: g, key: `group_capital_access${suffix}`, num: access ? 1 : 0, den: 1, val: null });
      const received = mine.filter((c) => inPeriod(c.received_on, period));
      const amount = received.reduce((s, c) => s + Number(c.amount), 0);
      out.push({
        group: g,
        key: `group_capital_received${suffix}`,
        num: amount > 0 ? 1 : 0,
        den: 1,
        val: received.length ? amount : null,
      });
    }
    const latest = reports
      .filter((r) => r.period_end <= end)
      .sort((a, b) => b.period_end.localeCompare(a.period_end) || b.period_start.localeCompare(a.period_start))[0];
    const running = openAtEnd && latest !== undefined && Number(latest.revenue) > 0;
    out.push({ group: g, key: 'group_business_running', num: running ? 1 : 0, den: 1, val: null });
  }
  return { rows: out, groups: groupsOfPeriod(raw, programmeId, cohortId, period).map((x) => x.g) };
}

/** Sums per key over groups: the whole ('') and each group's province and cohort ("REGION/52", "COHORT/x"). */
export function aggregateGroups(result: ReturnType<typeof groupRowsOf>): Map<string, Map<string, Cell>> {
  const cellsOf = (g: GroupRow) => ['', `REGION/${g.region_code.slice(0, 2)}`, `COHORT/${g.cohort_id ?? 'NONE'}`];
  const listed = new Set(result.groups.flatMap(cellsOf));
  const acc = new Map<string, Map<string, { num: number; den: number; vals: number[] }>>();
  for (const r of result.rows) {
    if (!acc.has(r.key)) acc.set(r.key, new Map());
    for (const c of cellsOf(r.group)) {
      const cell = acc.get(r.key)!.get(c) ?? { num: 0, den: 0, vals: [] };
      cell.num += r.num;
      cell.den += r.den;
      if (r.val !== null) cell.vals.push(r.val);
      acc.get(r.key)!.set(c, cell);
    }
  }
  const out = new Map<string, Map<string, Cell>>();
  for (const [key, cells] of acc) {
    const m = new Map<string, Cell>();
    for (const c of listed) {
      const { num, den, vals } = cells.get(c) ?? { num: 0, den: 0, vals: [] };
      const sorted = [...vals].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      const median = !sorted.length ? null : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      m.set(c, { num, den, median, mean: sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : null });
    }
    out.set(key, m);
  }
  return out;
}
