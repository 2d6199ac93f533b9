import type { AttendanceStatus } from '../journey/journey-codes';
import type { ModuleRun } from '../journey/journey.types';
import type { GroupMemberOutcome, Refusal } from './group-session.rules';

/**
 * One call records a group session's attendance for every member; each member's attendance is that member's
 * journey's recordAttendance command, applied once. Which entries go to their journey, which are already there
 * (a retried call, or one cut off half way), which are refused and why, and which members the list left out:
 * decided here from what the journeys hold, so the same list always gets the same answer.
 */

export interface AttendanceEntry {
  journeyId: string;
  status: AttendanceStatus;
}

/** A member's copy of the group session in their journey: its module and the attendance recorded, if any. */
export interface SessionCopy {
  moduleId: string;
  attendance?: AttendanceStatus;
  heldAt?: string;
}

/** The copy of a session among a journey's modules, or null when the journey does not hold it. */
export function sessionCopyOf(modules: readonly ModuleRun[], sessionId: string): SessionCopy | null {
  for (const m of modules) {
    const s = m.sessions.find((x) => x.sessionId === sessionId);
    if (s) return { moduleId: m.moduleId, attendance: s.attendance, heldAt: s.heldAt };
  }
  return null;
}

export interface AttendanceFacts {
  /** The journeys that were members of the group on the day the session was held. */
  membersOnDay: ReadonlySet<string>;
  /** Each existing journey's copy of the session (null: it holds none); a journey missing here does not exist. */
  copies: ReadonlyMap<string, SessionCopy | null>;
}

export type AttendancePlan =
  | { kind: 'SEND'; moduleId: string }
  | { kind: 'ALREADY'; moduleId: string; status: AttendanceStatus; heldAt?: string }
  | ({ kind: 'REFUSE' } & Refusal);

/**
 * What to do with each entry, in input order. Refused: a journey listed more than once (every line: which one
 * is meant is not for the server to guess), not a member on the day (asked first, so a list never learns whether
 * a journey outside the group exists), no such journey, no copy of the session in
 * the journey, or another attendance already recorded there (a change is a correction: correctData). Already
 * there: the same attendance is recorded (by an earlier call with this key, or any other). Otherwise sent to the
 * journey, whose machine may still refuse it (stage, pause, closed, someone else's module).
 */
export function planAttendance(entries: readonly AttendanceEntry[], facts: AttendanceFacts): AttendancePlan[] {
  const times = new Map<string, number>();
  for (const e of entries) times.set(e.journeyId, (times.get(e.journeyId) ?? 0) + 1);
  return entries.map((e): AttendancePlan => {
    if ((times.get(e.journeyId) ?? 0) > 1)
      return { kind: 'REFUSE', code: 'LISTED_TWICE', message: 'This journey is listed more than once in the call' };
    if (!facts.membersOnDay.has(e.journeyId))
      return { kind: 'REFUSE', code: 'NOT_A_GROUP_MEMBER', message: 'Not a member of the group on the day held' };
    if (!facts.copies.has(e.journeyId))
      return { kind: 'REFUSE', code: 'NOT_FOUND', message: 'No journey with this id' };
    const copy = facts.copies.get(e.journeyId);
    if (!copy)
      return { kind: 'REFUSE', code: 'SESSION_NOT_FOUND', message: "The session is not in this journey's plan" };
    if (copy.attendance === undefined) return { kind: 'SEND', moduleId: copy.moduleId };
    if (copy.attendance === e.status)
      return { kind: 'ALREADY', moduleId: copy.moduleId, status: copy.attendance, heldAt: copy.heldAt };
    return {
      kind: 'REFUSE',
      code: 'ATTENDANCE_ALREADY_RECORDED',
      message: `${copy.attendance} is already recorded for this session; a change is a correction (correctData)`,
    };
  });
}

/**
 * The members the list left out: members on the day whose journey holds the session with no attendance yet,
 * not listed. They are reported (NOT_RECORDED), not refused: one unknown attendance does not hold back the
 * others, and a later call records it.
 */
export function membersNotListed(entries: readonly AttendanceEntry[], facts: AttendanceFacts): string[] {
  const listed = new Set(entries.map((e) => e.journeyId));
  return [...facts.membersOnDay].filter((id) => {
    const copy = facts.copies.get(id);
    return !listed.has(id) && copy != null && copy.attendance === undefined;
  });
}

/**
 * The outcome of an entry sent to its journey, from the copy the journey answered with: the attendance asked for
 * is there (APPLIED). Nothing there means the journey took the member's key as already applied to another
 * session: the call's key was used before for another session (IDEMPOTENCY_KEY_REUSED); another attendance
 * there was recorded meanwhile by someone else.
 */
export function sentOutcome(
  requested: AttendanceStatus,
  after: SessionCopy | null,
): { outcome: Extract<GroupMemberOutcome, 'APPLIED'> } | ({ outcome: 'REFUSED' } & Refusal) {
  if (after?.attendance === requested) return { outcome: 'APPLIED' };
  if (after?.attendance === undefined)
    return {
      outcome: 'REFUSED',
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: 'This idempotencyKey was already used for another session of this member',
    };
  return {
    outcome: 'REFUSED',
    code: 'ATTENDANCE_ALREADY_RECORDED',
    message: `${after.attendance} was recorded for this session meanwhile`,
  };
}
