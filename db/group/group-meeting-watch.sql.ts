import type { GroupStatus } from '../../domain/group/group.rules';
import {
  GROUP_MEETING_ESCALATION_ACTION,
  GROUP_MEETING_OVERDUE,
  escalationNotices,
  type GroupMeetingEscalation,
  type WatchedGroup,
} from '../../domain/group/group-meeting-escalation.rules';
import { appendAuditRows, type SqlInTransaction } from '../audit/audit-append';
import { officeAuditRow } from '../audit/office-audit-row';
import type { SqlRows } from '../shared/sql-rows';
import { latestHeldSessions } from './group-last-meeting.sql';

/** An open group as the meeting watch reads it, with the rules version its programme runs on. */
export interface WatchedGroupRow extends WatchedGroup {
  rulesId: string;
  rulesVersion: number;
}

/**
 * A page of open (not dissolved) groups, by id after `afterId`, each with the end of its latest report period,
 * its latest held session (latestHeldSessions, as the API reads it) and its programme's rules version: two
 * statements a page.
 */
export async function openGroupsPage(sql: SqlRows, afterId: string | null, size: number): Promise<WatchedGroupRow[]> {
  const rows = await sql(
    `select g.id, g.programme_id, g.region_code, g.facilitator_id, g.status, g.formed_on::text as formed_on,
       p.rules_id, p.rules_version,
       (select max(r.period_end)::text from group_report r where r.group_id = g.id) as latest_report_end
       from community_group g join programme p on p.id = g.programme_id
      where g.status <> 'DISSOLVED' ${afterId ? 'and g.id > ?' : ''}
      order by g.id limit ?`,
    afterId ? [afterId, size] : [size],
  );
  const held = await latestHeldSessions(
    sql,
    rows.map((r) => String(r.id)),
  );
  return rows.map((r) => ({
    id: String(r.id),
    programmeId: String(r.programme_id),
    regionCode: String(r.region_code),
    facilitatorId: String(r.facilitator_id),
    status: r.status as GroupStatus,
    formedOn: String(r.formed_on),
    latestHeldSession: held.get(String(r.id)) ?? null,
    latestReportEnd: typeof r.latest_report_end === 'string' ? r.latest_report_end : null,
    rulesId: String(r.rules_id),
    rulesVersion: Number(r.rules_version),
  }));
}

/**
 * Writes one escalation in the caller's transaction: a notification to the group's facilitator and one to their
 * coordinator (addressed to nobody when they have none), ids and codes only, keyed so that the same silence is
 * escalated once; and, when they are new, one GROUP audit row by the system. True when it wrote them.
 */
export async function recordMeetingEscalation(
  sql: SqlInTransaction,
  e: GroupMeetingEscalation,
  coordinatorId: string | null,
  at: Date,
): Promise<boolean> {
  const data = JSON.stringify({
    groupId: e.groupId,
    programmeId: e.programmeId,
    regionCode: e.regionCode,
    lastMeetingOn: e.lastMeetingOn,
    silentSince: e.silentSince,
    meetingOverdueDays: e.meetingOverdueDays,
  });
  const notices = escalationNotices(e, coordinatorId);
  const inserted = await sql(
    `insert into notification (key, journey_id, group_id, kind, reason, recipient_id, recipient_role, data,
       created_at) values ${notices.map(() => '(?, null, ?, ?, ?, ?, ?, ?::jsonb, ?)').join(', ')}
     on conflict (key) do nothing returning key`,
    notices.flatMap((n) => [n.key, e.groupId, n.kind, GROUP_MEETING_OVERDUE, n.recipientId, n.recipientRole, data, at]),
  );
  if (inserted.length === 0) return false;
  await appendAuditRows(sql, [
    officeAuditRow('GROUP', {
      actorId: 'system',
      actorRole: 'system',
      action: GROUP_MEETING_ESCALATION_ACTION,
      programmeId: e.programmeId,
      regionCode: e.regionCode,
      after: {
        groupId: e.groupId,
        lastMeetingOn: e.lastMeetingOn,
        silentSince: e.silentSince,
        meetingOverdueDays: e.meetingOverdueDays,
        judgedOn: e.judgedOn,
        facilitatorId: e.facilitatorId,
        coordinatorId,
        notifications: inserted.map((r) => String(r.key)),
      },
      idempotencyKey: e.key,
      at,
    }),
  ]);
  return true;
}
