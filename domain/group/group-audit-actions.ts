/** The audit actions of a group's changes (source GROUP), named in both languages (domain/i18n/labels.*.ts). */
export const GROUP_AUDIT_ACTIONS = [
  'group.create',
  'group.status',
  'group.member.add',
  'group.member.end',
  'group.member.role',
  'group.plan',
  'group.capital',
  'group.report',
] as const;
export type GroupAuditAction = (typeof GROUP_AUDIT_ACTIONS)[number];
