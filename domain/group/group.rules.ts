/**
 * Groups a programme works through (domain spec 3.3 and 7): learning groups that take a module together
 * (group guidance is 40% of social mentoring), joint business groups (kelompok usaha bersama), cooperatives,
 * and the alumni group every graduate joins. A group is a PostgreSQL aggregate with its own audited
 * lifecycle; its members are journeys with dated memberships and a role.
 */
export const GROUP_KINDS = ['LEARNING_GROUP', 'BUSINESS_GROUP', 'COOPERATIVE', 'ALUMNI_GROUP'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Formed, meeting as a programme group, running on its own (graduated institution), or ended. */
export const GROUP_STATUSES = ['FORMED', 'ACTIVE', 'INDEPENDENT', 'DISSOLVED'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** Roles in a group's management; every role but MEMBER is a decision role (a group leader). */
export const GROUP_ROLES = ['CHAIR', 'SECRETARY', 'TREASURER', 'MEMBER'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];
export const DECISION_ROLES: readonly GroupRole[] = ['CHAIR', 'SECRETARY', 'TREASURER'];

/** Where a business group's capital came from (domain spec 3.3: grants/CSR, KUR and UMi micro-credit, cooperatives). */
export const CAPITAL_SOURCES = ['GRANT', 'KUR', 'UMI', 'COOPERATIVE_LOAN', 'CSR'] as const;
export type CapitalSource = (typeof CAPITAL_SOURCES)[number];

/** Kinds that carry a business plan, capital and periodic reports. */
export const BUSINESS_KINDS: readonly GroupKind[] = ['BUSINESS_GROUP', 'COOPERATIVE'];

const TRANSITIONS: Record<GroupStatus, readonly GroupStatus[]> = {
  FORMED: ['ACTIVE', 'DISSOLVED'],
  ACTIVE: ['INDEPENDENT', 'DISSOLVED'],
  INDEPENDENT: ['ACTIVE', 'DISSOLVED'],
  DISSOLVED: [],
};

/** Whether a group may move from one status to another (DISSOLVED is final). */
export function canChangeGroupStatus(from: GroupStatus, to: GroupStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a group may move to next. */
export function nextGroupStatuses(from: GroupStatus): readonly GroupStatus[] {
  return TRANSITIONS[from];
}

/** A group takes members and holds sessions or meetings only while it is not dissolved. */
export function isGroupOpen(status: GroupStatus): boolean {
  return status !== 'DISSOLVED';
}

export function isBusinessKind(kind: GroupKind): boolean {
  return BUSINESS_KINDS.includes(kind);
}

export function isDecisionRole(role: GroupRole): boolean {
  return DECISION_ROLES.includes(role);
}
