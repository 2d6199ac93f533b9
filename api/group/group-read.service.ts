import { ProgrammeEntity } from '../../db/entities';
import { loadGroupAggregates, type GroupAggregate } from '../../db/group/group-read.sql';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { sqlOf } from '../../db/shared/sql-rows';
import { DomainError } from '../../domain/errors/error-codes';
import { isDate } from '../../domain/group/group-definition.rules';
import { lastMeetingOn, meetingOverdue } from '../../domain/group/group-meeting.rules';
import { isUuid } from '../../domain/shared/uuid';
import { nextGroupStatuses, type GroupKind, type GroupStatus } from '../../domain/group/group.rules';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../node/global-id';
import { groupConditions } from './group-access';
import type { GroupConnection } from './group-connection.object';
import type { GroupObject } from './group.object';

/** Today's date (UTC), the day meetingOverdue is judged on. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The rules each programme's groups are judged by (its current rules version). */
async function rulesOf(ctx: GraphQLContext, programmeIds: string[]): Promise<Map<string, ProgrammeRules>> {
  const rules = new Map<string, ProgrammeRules>();
  for (const id of new Set(programmeIds)) {
    const programme = await ctx.em.fork().findOne(ProgrammeEntity, { id }, { fields: ['rulesId', 'rulesVersion'] });
    if (programme) rules.set(id, await loadProgrammeRules(ctx.em, programme.rulesId, programme.rulesVersion));
  }
  return rules;
}

export function toGroupObject(g: GroupAggregate, rules: ProgrammeRules | undefined, today: string): GroupObject {
  const latestReportEnd = g.reports.reduce<string | null>(
    (max, r) => (max === null || r.periodEnd > max ? r.periodEnd : max),
    null,
  );
  const lastMet = lastMeetingOn(g.latestHeldSession, latestReportEnd);
  return {
    id: toGlobalId('Group', g.id),
    groupId: g.id,
    programmeId: g.programmeId,
    cohortId: g.cohortId,
    regionCode: g.regionCode,
    kind: g.kind,
    status: g.status,
    nextStatuses: [...nextGroupStatuses(g.status)],
    statusChangedAt: g.statusChangedAt,
    name: g.name,
    facilitatorId: g.facilitatorId,
    moduleTemplateId: g.moduleTemplateId,
    formedOn: g.formedOn,
    plannedMeetingsPerMonth: g.plannedMeetingsPerMonth,
    members: g.members.map((m) => ({
      journeyId: m.journeyId,
      role: m.role,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      current: m.leftOn === null,
    })),
    activeMemberCount: g.members.filter((m) => m.leftOn === null).length,
    businessPlan: g.businessPlan,
    capital: g.capital,
    reports: g.reports,
    lastMeetingOn: lastMet,
    meetingOverdue: meetingOverdue({ ...g, lastMeetingOn: lastMet }, rules ?? {}, today),
  };
}

/** Groups by UUID as the API shows them, in the order asked (unknown ids left out). */
export async function groupObjects(ctx: GraphQLContext, ids: string[]): Promise<GroupObject[]> {
  const groups = await loadGroupAggregates(sqlOf(ctx.em), ids);
  const rules = await rulesOf(
    ctx,
    groups.map((g) => g.programmeId),
  );
  const today = todayUtc();
  return groups.map((g) => toGroupObject(g, rules.get(g.programmeId), today));
}

/** One group by UUID (the access check ran before, on the same id); null when there is none. */
export async function findGroup(ctx: GraphQLContext, id: string): Promise<GroupObject | null> {
  return (await groupObjects(ctx, [id.toLowerCase()]))[0] ?? null;
}

/** One group that must exist (after a command): GROUP_NOT_FOUND otherwise. */
export async function groupOrFail(ctx: GraphQLContext, id: string): Promise<GroupObject> {
  const found = await findGroup(ctx, id);
  if (!found) throw new DomainError('GROUP_NOT_FOUND', `No group ${id}`);
  return found;
}

export interface GroupListArgs {
  programmeId: string;
  cohortId?: string | null;
  kind?: GroupKind | null;
  status?: GroupStatus | null;
  first: number;
  after?: string | null;
}

export const MAX_GROUP_PAGE = 100;

const encodeCursor = (formedOn: string, id: string) =>
  Buffer.from(JSON.stringify([formedOn, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const [formedOn, id] = Array.isArray(value) ? (value as unknown[]) : [];
    if (typeof formedOn === 'string' && isDate(formedOn) && typeof id === 'string' && isUuid(id)) return [formedOn, id];
  } catch {
    /* answered below */
  }
  throw new DomainError('VALIDATION_FAILED', 'after must be a cursor this list returned');
}

/**
 * A page of a programme's groups the caller may read (their regions; a facilitator's own; a coordinator's
 * team's), newest formed first: one count, one keyset-paged select, then the page's rows in five statements.
 */
export async function listGroups(ctx: GraphQLContext, args: GroupListArgs): Promise<GroupConnection> {
  const size = Math.max(1, Math.min(args.first, MAX_GROUP_PAGE));
  const { where, params } = groupConditions(ctx.principal);
  where.push('g.programme_id = ?');
  params.push(args.programmeId);
  for (const [column, value] of [
    ['g.cohort_id', args.cohortId],
    ['g.kind', args.kind],
    ['g.status', args.status],
  ] as const)
    if (value) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  const sql = sqlOf(ctx.em);
  const [count] = await sql(`select count(*) as n from community_group g where ${where.join(' and ')}`, params);
  const page = [...where];
  const pageParams = [...params];
  if (args.after) {
    page.push('(g.formed_on, g.id) < (?::date, ?::uuid)');
    pageParams.push(...decodeCursor(args.after));
  }
  const rows = await sql(
    `select g.id, g.formed_on::text as formed_on from community_group g where ${page.join(' and ')}
      order by g.formed_on desc, g.id desc limit ?`,
    [...pageParams, size + 1],
  );
  const shown = rows.slice(0, size);
  const groups = await groupObjects(
    ctx,
    shown.map((r) => String(r.id)),
  );
  const edges = groups.map((node) => ({ node, cursor: encodeCursor(node.formedOn, node.groupId) }));
  return {
    edges,
    totalCount: Number(count.n),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
