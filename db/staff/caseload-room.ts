import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../domain/errors/error-codes';
import { canTakeJourneys } from '../../domain/staff/caseload.rules';
import { openCaseloads } from './open-caseload';
import { findAssignment } from './staff-assignment.store';

/** A facilitator's assignment in a programme, as findAssignment reads it. */
export type FacilitatorAssignment = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

/** The facilitator must be active and below their caseload limit for one more journey (CASELOAD_LIMIT_REACHED). */
export async function assertRoomForOneMore(
  em: EntityManager,
  programmeId: string,
  assignment: FacilitatorAssignment,
): Promise<void> {
  const open = (await openCaseloads(em, programmeId, [assignment.userId])).get(assignment.userId) ?? 0;
  const check = canTakeJourneys(assignment, open, 1);
  if (!check.ok) throw new DomainError(check.code, check.message);
}

/**
 * Before a new journey is enrolled for `facilitatorId`: a facilitator registered in the programme must be
 * active and below their caseload limit, as for a reassignment. An unregistered one has no known limit.
 */
export async function assertCanEnrolFor(
  em: EntityManager,
  programmeId: string,
  facilitatorId: string | null | undefined,
): Promise<void> {
  if (!facilitatorId) return;
  const assignment = await findAssignment(em, programmeId, facilitatorId, 'FACILITATOR');
  if (assignment) await assertRoomForOneMore(em, programmeId, assignment);
}
