import type { MikroORM } from '@mikro-orm/postgresql';
import { openGroupsPage, recordMeetingEscalation } from '../../db/group/group-meeting-watch.sql';
import { findRulesVersion } from '../../db/programme/programme-rules.store';
import { coordinatorOf } from '../../db/staff/coordinator-of';
import { sqlOf } from '../../db/shared/sql-rows';
import { sqlIn } from '../../db/shared/sql-rows';
import { meetingEscalation } from '../../domain/group/group-meeting-escalation.rules';
import type {
  GroupMeetingWatchActivities,
  GroupMeetingWatchInput,
  GroupMeetingWatchResult,
} from '../../domain/group/group-meeting-watch.types';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';

/** Open groups read per page: two statements each, whatever the number of groups. */
const PAGE_SIZE = 500;

/**
 * The group meeting watch's one activity. It reads every open group page by page, judges each with the
 * domain's meetingOverdue rule (as Group.meetingOverdue shows it) on the UTC day of `at`, and writes each
 * overdue group's escalation in its own transaction, stamped when it is written (so a reader polling
 * myNotifications with `since` misses none). Idempotent: an escalation already written for the same
 * silence writes nothing, so a retry or a second run adds no notification and no audit row.
 */
export function createGroupMeetingWatchActivities(orm: MikroORM): GroupMeetingWatchActivities {
  return {
    async escalateOverdueGroups(input: GroupMeetingWatchInput): Promise<GroupMeetingWatchResult> {
      const today = new Date(input.at).toISOString().slice(0, 10);
      const em = orm.em.fork();
      const sql = sqlOf(em);
      const rulesOf = new Map<string, ProgrammeRules | null>();
      const result: GroupMeetingWatchResult = { examined: 0, overdue: 0, escalated: 0 };
      let afterId: string | null = null;
      for (;;) {
        const page = await openGroupsPage(sql, afterId, PAGE_SIZE);
        for (const group of page) {
          result.examined++;
          const version = `${group.rulesId}@${group.rulesVersion}`;
          if (!rulesOf.has(version))
            rulesOf.set(version, (await findRulesVersion(em, group.rulesId, group.rulesVersion))?.rules ?? null);
          const rules = rulesOf.get(version);
          const escalation = rules ? meetingEscalation(group, rules, today) : null;
          if (!escalation) continue;
          result.overdue++;
          const coordinatorId = await coordinatorOf(sql, group.programmeId, group.facilitatorId);
          const written = await orm.em.fork().transactional((tx) => {
            return recordMeetingEscalation(sqlIn(tx), escalation, coordinatorId, new Date());
          });
          if (written) result.escalated++;
        }
        if (page.length < PAGE_SIZE) return result;
        afterId = page[page.length - 1].id;
      }
    },
  };
}
