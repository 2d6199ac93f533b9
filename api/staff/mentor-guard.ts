import { JourneyEntity } from '../../db/entities';
import { findAssignment } from '../../db/staff/staff-assignment.store';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';

/**
 * Before a module goes to `mentorId` (assignModuleMentor): the mentor must be an active MENTOR of the journey's
 * programme (assignStaff), so a module is never left with someone the programme does not know
 * (STAFF_NOT_ASSIGNED otherwise).
 */
export async function assertActiveMentor(ctx: GraphQLContext, journeyId: string, mentorId: string): Promise<void> {
  const journey = await ctx.em.fork().findOne(JourneyEntity, { id: journeyId }, { fields: ['id', 'programmeId'] });
  if (!journey) return; // the command service answers NOT_FOUND
  const assignment = await findAssignment(ctx.em, journey.programmeId, mentorId, 'MENTOR');
  if (!assignment?.active)
    throw new DomainError(
      'STAFF_NOT_ASSIGNED',
      `${mentorId} is not an active mentor of programme ${journey.programmeId} (assignStaff with role MENTOR)`,
    );
}
