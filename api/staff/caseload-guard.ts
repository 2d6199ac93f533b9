import { JourneyEntity } from '../../db/entities';
import { assertRoomForOneMore } from '../../db/staff/caseload-room';
import { findAssignment } from '../../db/staff/staff-assignment.store';
import { DomainError } from '../../domain/errors/error-codes';
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
