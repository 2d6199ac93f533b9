import type { BusinessActivity } from '../../domain/group/group-business.rules';
import type { CapitalSource, GroupKind, GroupRole, GroupStatus } from '../../domain/group/group.rules';
import type { SqlRows } from '../shared/sql-rows';
import { latestHeldSessions } from './group-last-meeting.sql';

/** A group's row: dates as YYYY-MM-DD text, amounts as numbers. */
export interface GroupRow {
  id: string;
  programmeId: string;
  cohortId: string | null;
  regionCode: string;
  kind: GroupKind;
  name: string;
  facilitatorId: string;
  moduleTemplateId: string | null;
  status: GroupStatus;
  statusChangedAt: Date;
  formedOn: string;
  plannedMeetingsPerMonth: number;
  businessPlan: {
    activity: BusinessActivity;
    plannedCapital: number;
    expectedMonthlyRevenue: number;
    presentedOn: string;
  } | null;
  createdAt: Date;
}

export interface GroupMemberRow {
  id: string;
  groupId: string;
  journeyId: string;
  role: GroupRole;
  joinedOn: string;
  leftOn: string | null;
}

export interface GroupCapitalRow {
  id: string;
  source: CapitalSource;
  amount: number;
  receivedOn: string;
}

export interface GroupReportRow {
  id: string;
  periodStart: string;
  periodEnd: string;
  meetingsHeld: number;
  membersPresent: number;
  revenue: number;
  savings: number;
}

/** A group with every row that belongs to it, as the API shows it. */
export interface GroupAggregate extends GroupRow {
  members: GroupMemberRow[];
  capital: GroupCapitalRow[];
  reports: GroupReportRow[];
  latestHeldSession: string | null;
}

/** The columns of community_group, dates as text. */
export const GROUP_COLUMNS = `g.id, g.programme_id, g.cohort_id, g.region_code, g.kind, g.name, g.facilitator_id,
  g.module_template_id, g.status, g.status_changed_at, g.formed_on::text as formed_on, g.planned_meetings_per_month,
  g.business_plan, g.created_at`;

export const groupOfRow = (r: Record<string, unknown>): GroupRow => ({
  id: String(r.id),
  programmeId: String(r.programme_id),
  cohortId: (r.cohort_id as string | null) ?? null,
  regionCode: String(r.region_code),
  kind: r.kind as GroupKind,
  name: String(r.name),
  facilitatorId: String(r.facilitator_id),
  moduleTemplateId: (r.module_template_id as string | null) ?? null,
  status: r.status as GroupStatus,
  statusChangedAt: new Date(r.status_changed_at as string),
  formedOn: String(r.formed_on),
  plannedMeetingsPerMonth: Number(r.planned_meetings_per_month),
  businessPlan: (r.business_plan as GroupRow['businessPlan']) ?? null,
  createdAt: new Date(r.created_at as string),
});

export const memberOfRow = (r: Record<string, unknown>): GroupMemberRow => ({
  id: String(r.id),
  groupId: String(r.group_id),
  journeyId: String(r.journey_id),
  role: r.role as GroupRole,
  joinedOn: String(r.joined_on),
  leftOn: typeof r.left_on === 'string' ? r.left_on : null,
});

/** The members of these groups, current and past, in the order they joined. */
export const MEMBER_SELECT = `select m.id, m.group_id, m.journey_id, m.role, m.joined_on::text as joined_on,
  m.left_on::text as left_on from group_member m`;

const list = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/**
 * Groups by id with their members, capital, reports and latest held session: five statements whatever the
 * number of groups. Unknown ids are left out; the order is that of `ids`.
 */
export async function loadGroupAggregates(sql: SqlRows, ids: readonly string[]): Promise<GroupAggregate[]> {
  if (ids.length === 0) return [];
  const groups = (await sql(`select ${GROUP_COLUMNS} from community_group g where g.id in (${list(ids)})`, [...ids]))
    .map(groupOfRow)
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  if (groups.length === 0) return [];
  const found = groups.map((g) => g.id);
  const members = await sql(
    `${MEMBER_SELECT} where m.group_id in (${list(found)}) order by m.joined_on, m.created_at, m.id`,
    found,
  );
  const capital = await sql(
    `select id, group_id, source, amount, received_on::text as received_on from group_capital
      where group_id in (${list(found)}) order by received_on, recorded_at, id`,
    found,
  );
  const reports = await sql(
    `select id, group_id, period_start::text as period_start, period_end::text as period_end, meetings_held,
       members_present, revenue, savings from group_report where group_id in (${list(found)})
      order by period_start, id`,
    found,
  );
  const held = await latestHeldSessions(sql, found);
  return groups.map((g) => ({
    ...g,
    members: members.filter((r) => r.group_id === g.id).map(memberOfRow),
    capital: capital
      .filter((r) => r.group_id === g.id)
      .map((r) => ({
        id: String(r.id),
        source: r.source as CapitalSource,
        amount: Number(r.amount),
        receivedOn: String(r.received_on),
      })),
    reports: reports
      .filter((r) => r.group_id === g.id)
      .map((r) => ({
        id: String(r.id),
        periodStart: String(r.period_start),
        periodEnd: String(r.period_end),
        meetingsHeld: Number(r.meetings_held),
        membersPresent: Number(r.members_present),
        revenue: Number(r.revenue),
        savings: Number(r.savings),
      })),
    latestHeldSession: held.get(g.id) ?? null,
  }));
}
