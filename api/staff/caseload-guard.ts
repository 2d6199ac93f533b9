import { JourneyEntity } from '../../db/entities';
import { openCaseloads } from '../../db/staff/open-caseload';
import { findAssignment } from '../../db/staff/staff-assignment.store';
import { DomainError } from '../../domain/errors/error-codes';
import { canTakeJourneys } from '../../domain/staff/caseload.rules';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';

/**
 * Before one journey goes to `facilitatorId` (reassignFacilitator): a coordinator may only move it to a
 * facilitator of their own team; a facilitator registered in the programme must be active and below their
 * caseload limit (CASELOAD_LIMIT_REACHED). A manager may still name a facilitator the programme has not
 * registered (no limit is known for them). A journey that already has this facilitator is left to the
 * machine (a retry answers as before; a new command is refused there).
 */
export async function assertCanReceiveJourney(
  ctx: GraphQLContext,
  journeyId: string,
  facilitatorId: string,
): Promise<void> {
  const principal = requirePrincipal(ctx.principal);
  const journey = await ctx.em
    .fork()
    .findOne(JourneyEntity, { id: journeyId }, { fields: ['id', 'programmeId', 'facilitatorId'] });
  if (!journey || journey.facilitatorId === facilitatorId) return;
  const assignment = await findAssignment(ctx.em, journey.programmeId, facilitatorId, 'FACILITATOR');
  if (principal.role === 'coordinator' && (!assignment?.active || assignment.coordinatorId !== principal.userId))
    throw new DomainError('FORBIDDEN', `${facilitatorId} is not a facilitator you coordinate`);
  if (assignment) await assertRoomForOneMore(ctx.em, journey.programmeId, assignment);
}

/**
 * Before a new journey is enrolled for `facilitatorId`: a facilitator registered in the programme must be
 * active and below their caseload limit, as for a reassignment. An unregistered one has no known limit.
 */
export async function assertCanEnrolFor(
  em: GraphQLContext['em'],
  programmeId: string,
  facilitatorId: string | null | undefined,
): Promise<void> {
  if (!facilitatorId) return;
  const assignment = await findAssignment(em, programmeId, facilitatorId, 'FACILITATOR');
  if (assignment) await assertRoomForOneMore(em, programmeId, assignment);
}

async function assertRoomForOneMore(
  em: GraphQLContext['em'],
  programmeId: string,
  assignment: NonNullable<Awaited<ReturnType<typeof findAssignment>>>,
): Promise<void> {
  const open = (await openCaseloads(em, programmeId, [assignment.userId])).get(assignment.userId) ?? 0;
  const check = canTakeJourneys(assignment, open, 1);
  if (!check.ok) throw new DomainError(check.code, check.message);
}
