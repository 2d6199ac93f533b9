/**
 * The audit actions of a group's changes (source GROUP), named in both languages (domain/i18n/labels.*.ts);
 * group.meeting.escalate is the meeting watch telling the facilitator and coordinator that it stopped meeting.
 */
export const GROUP_AUDIT_ACTIONS = [
  'group.create',
  'group.status',
  'group.member.add',
  'group.member.end',
  'group.member.role',
  'group.plan',
  'group.capital',
  'group.report',
  'group.meeting.escalate',
] as const;
export type GroupAuditAction = (typeof GROUP_AUDIT_ACTIONS)[number];
