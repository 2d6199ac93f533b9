import type { GroupSessionMemberResult } from './group-session.object';

/** One member's line of a group session call: APPLIED with nothing else unless `rest` says otherwise. */
export const memberLine = (journeyId: string, rest: Partial<GroupSessionMemberResult>): GroupSessionMemberResult => ({
  journeyId,
  outcome: 'APPLIED',
  code: null,
  message: null,
  moduleId: null,
  attendance: null,
  ...rest,
});
