import type { StaffAssignment } from './staff-codes';

/**
 * Caseload arithmetic: how many more open journeys a facilitator may take. A facilitator's limit is
 * their assignment's (null: no limit); open journeys are those not in a final stage. Pure rules.
 */
export type CaseloadCheck =
  { ok: true } | { ok: false; code: 'CASELOAD_LIMIT_REACHED' | 'STAFF_NOT_ASSIGNED'; message: string };

/** How many more journeys fit (null: unlimited); never below zero. */
export function caseloadRoom(limit: number | null, open: number): number | null {
  return limit === null ? null : Math.max(0, limit - open);
}

/**
 * Whether `incoming` more journeys may go to the facilitator of `assignment`, who holds `open` now.
 * The target must be an active facilitator of the programme; moving past their limit is refused whole.
 */
export function canTakeJourneys(
  assignment: Pick<StaffAssignment, 'userId' | 'role' | 'active' | 'caseloadLimit'> | null,
  open: number,
  incoming: number,
): CaseloadCheck {
  if (!assignment || assignment.role !== 'FACILITATOR' || !assignment.active)
    return {
      ok: false,
      code: 'STAFF_NOT_ASSIGNED',
      message: `${assignment?.userId ?? 'The target'} is not an active facilitator of this programme`,
    };
  const room = caseloadRoom(assignment.caseloadLimit, open);
  if (room !== null && incoming > room)
    return {
      ok: false,
      code: 'CASELOAD_LIMIT_REACHED',
      message:
        `${assignment.userId} holds ${open} open journeys of a limit of ${String(assignment.caseloadLimit)}; ` +
        `${incoming} more would exceed it (room for ${room})`,
    };
  return { ok: true };
}
