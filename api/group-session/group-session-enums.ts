import { GROUP_MEMBER_OUTCOMES } from '../../domain/group/group-session.rules';
import { codeEnum } from '../shared/code-enum';

/** What became of one member in scheduleGroupSession or recordGroupAttendance, built from the domain's list. */
export const GroupMemberOutcomeCode = codeEnum(
  'GroupMemberOutcome',
  GROUP_MEMBER_OUTCOMES,
  "What a group session call did for one member's journey: each member's copy applies exactly once, also when " +
    'the call is retried or was cut off half way.',
  {
    APPLIED: "Applied to the member's journey by this call.",
    ALREADY_APPLIED:
      "Already in the member's journey (an earlier call with the same key, or the same attendance recorded " +
      'before); nothing applied again.',
    REFUSED: 'Not applied: `code` and `message` say why (not a member that day, journey moved on, listed twice...).',
    NOT_RECORDED:
      'recordGroupAttendance only: a member on the day whose journey holds the session, left out of the list; ' +
      'nothing recorded for them (a later call can).',
  },
);
