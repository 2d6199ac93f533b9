import type { JourneyNotificationKind } from '../journey/journey-codes';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { lastMeetingOn, meetingOverdue } from './group-meeting.rules';
import type { GroupAuditAction } from './group-audit-actions';
import type { GroupStatus } from './group.rules';

/**
 * Telling people that a group stopped meeting (domain spec 7: meeting frequency is group participation data
 * to watch). Whether a group is overdue is meetingOverdue's rule, the same the API shows as
 * Group.meetingOverdue; this file only says who is told, once per silence.
 */

/** The reason code of the notifications (notification.reason). */
export const GROUP_MEETING_OVERDUE = 'GROUP_MEETING_OVERDUE';

/** The audit action of an escalation (source GROUP). */
export const GROUP_MEETING_ESCALATION_ACTION: GroupAuditAction = 'group.meeting.escalate';

/** What the watch reads of an open group: ids, codes and dates. */
export interface WatchedGroup {
  id: string;
  programmeId: string;
  regionCode: string;
  facilitatorId: string;
  status: GroupStatus;
  formedOn: string;
  /** The latest day a session of the group was held (some member PRESENT or PARTIAL); null if never. */
  latestHeldSession: string | null;
  /** The end of the latest periodic report's period; null without reports. */
  latestReportEnd: string | null;
}

/** One escalation of a group that stopped meeting. */
export interface GroupMeetingEscalation {
  groupId: string;
  programmeId: string;
  regionCode: string;
  facilitatorId: string;
  /** When the group last met; null when it never did. */
  lastMeetingOn: string | null;
  /** The first day of the silence: the last meeting, or the day a group that never met was formed. */
  silentSince: string;
  meetingOverdueDays: number;
  /** The day it was judged overdue (YYYY-MM-DD, UTC). */
  judgedOn: string;
  /** One escalation per group per silence: a meeting after it starts a new silence with another key. */
  key: string;
}

/** The escalation a group calls for on `today` under its programme's rules; null when it is not overdue. */
export function meetingEscalation(
  group: WatchedGroup,
  rules: Pick<ProgrammeRules, 'groups'>,
  today: string,
): GroupMeetingEscalation | null {
  const lastMet = lastMeetingOn(group.latestHeldSession, group.latestReportEnd);
  if (!rules.groups || !meetingOverdue({ ...group, lastMeetingOn: lastMet }, rules, today)) return null;
  const silentSince = lastMet ?? group.formedOn;
  return {
    groupId: group.id,
    programmeId: group.programmeId,
    regionCode: group.regionCode,
    facilitatorId: group.facilitatorId,
    lastMeetingOn: lastMet,
    silentSince,
    meetingOverdueDays: rules.groups.meetingOverdueDays,
    judgedOn: today,
    key: `group:${group.id}:meeting:${silentSince}`,
  };
}

/** One notification of an escalation: who it is for, as the journey ladder names its rungs. */
export interface EscalationNotice {
  key: string;
  kind: Extract<JourneyNotificationKind, 'ESCALATE_TO_FACILITATOR' | 'ESCALATE_TO_COORDINATOR'>;
  recipientRole: 'facilitator' | 'coordinator';
  /** Null when the facilitator has no coordinator: the row is kept, addressed to nobody. */
  recipientId: string | null;
}

/**
 * The group's facilitator is asked to hold the meeting, their coordinator to follow it up with them: one
 * notice each, keyed by the escalation and the role.
 */
export function escalationNotices(e: GroupMeetingEscalation, coordinatorId: string | null): EscalationNotice[] {
  return [
    {
      key: `${e.key}:facilitator`,
      kind: 'ESCALATE_TO_FACILITATOR',
      recipientRole: 'facilitator',
      recipientId: e.facilitatorId,
    },
    {
      key: `${e.key}:coordinator`,
      kind: 'ESCALATE_TO_COORDINATOR',
      recipientRole: 'coordinator',
      recipientId: coordinatorId,
    },
  ];
}
