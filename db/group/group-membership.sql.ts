import type { GroupKind, GroupRole, GroupStatus } from '../../domain/group/group.rules';
import type { JourneyFacts } from '../../domain/group/group-membership.rules';
import type { JourneyStatus, Stage } from '../../domain/journey/journey-codes';
import type { SqlRows } from '../shared/sql-rows';

const list = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** A group's current members (open memberships) and their roles. */
export async function openMembers(sql: SqlRows, groupId: string): Promise<Map<string, GroupRole>> {
  const rows = await sql('select journey_id, role from group_member where group_id = ? and left_on is null', [groupId]);
  return new Map(rows.map((r) => [String(r.journey_id), r.role as GroupRole]));
}

/** The latest leave date of each journey's earlier memberships of a group. */
export async function lastLeaveDates(
  sql: SqlRows,
  groupId: string,
  journeyIds: readonly string[],
): Promise<Map<string, string>> {
  if (journeyIds.length === 0) return new Map();
  const rows = await sql(
    `select journey_id, max(left_on)::text as left_on from group_member
      where group_id = ? and left_on is not null and journey_id in (${list(journeyIds)}) group by journey_id`,
    [groupId, ...journeyIds],
  );
  return new Map(rows.map((r) => [String(r.journey_id), String(r.left_on)]));
}

/**
 * The journeys, of those given, that are current members of another open (not dissolved) learning group for the
 * same module template.
 */
export async function inOtherLearningGroups(
  sql: SqlRows,
  groupId: string,
  moduleTemplateId: string,
  journeyIds: readonly string[],
): Promise<Set<string>> {
  if (journeyIds.length === 0) return new Set();
  const rows = await sql(
    `select distinct m.journey_id from group_member m join community_group g on g.id = m.group_id
      where m.left_on is null and g.kind = 'LEARNING_GROUP' and g.status <> 'DISSOLVED'
        and g.module_template_id = ? and g.id <> ? and m.journey_id in (${list(journeyIds)})`,
    [moduleTemplateId, groupId, ...journeyIds],
  );
  return new Set(rows.map((r) => String(r.journey_id)));
}

/** What the membership rules need of each journey, from the journey read model. */
export async function journeyFacts(sql: SqlRows, journeyIds: readonly string[]): Promise<Map<string, JourneyFacts>> {
  if (journeyIds.length === 0) return new Map();
  const rows = await sql(
    `select id, programme_id, region_code, stage, status from journey where id in (${list(journeyIds)})`,
    [...journeyIds],
  );
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        id: String(r.id),
        programmeId: String(r.programme_id),
        regionCode: String(r.region_code),
        stage: r.stage as Stage,
        status: r.status as JourneyStatus,
      },
    ]),
  );
}

/** Memberships of a group that overlap a period (inclusive dates): its members in that period. */
export async function membersInPeriod(sql: SqlRows, groupId: string, start: string, end: string): Promise<number> {
  const [row] = await sql(
    `select count(distinct journey_id) as n from group_member
      where group_id = ? and joined_on <= ?::date and (left_on is null or left_on >= ?::date)`,
    [groupId, end, start],
  );
  return Number(row?.n ?? 0);
}

/** One of a journey's memberships with its group's kind, name and status. */
export interface JourneyMembershipRow {
  journeyId: string;
  groupId: string;
  kind: GroupKind;
  name: string;
  status: GroupStatus;
  role: GroupRole;
  joinedOn: string;
  leftOn: string | null;
}

/** Every membership, current and past, of these journeys, in the order they began: one statement. */
export async function membershipsOfJourneys(
  sql: SqlRows,
  journeyIds: readonly string[],
): Promise<JourneyMembershipRow[]> {
  if (journeyIds.length === 0) return [];
  const rows = await sql(
    `select m.journey_id, m.group_id, g.kind, g.name, g.status, m.role, m.joined_on::text as joined_on,
       m.left_on::text as left_on
       from group_member m join community_group g on g.id = m.group_id
      where m.journey_id in (${list(journeyIds)}) order by m.joined_on, m.created_at, m.id`,
    [...journeyIds],
  );
  return rows.map((r) => ({
    journeyId: String(r.journey_id),
    groupId: String(r.group_id),
    kind: r.kind as GroupKind,
    name: String(r.name),
    status: r.status as GroupStatus,
    role: r.role as GroupRole,
    joinedOn: String(r.joined_on),
    leftOn: typeof r.left_on === 'string' ? r.left_on : null,
  }));
}
