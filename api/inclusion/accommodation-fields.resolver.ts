import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  withholdSmallCounts,
  type AccommodationCount,
  type AccommodationNeed,
} from '../../domain/inclusion/accommodation.rules';
import { programmeSetup } from '../../db/indicators/indicator.query';
import { withholdsSmallCells } from '../auth/access-policy';
import { CohortObject } from '../cohort/cohort.object';
import type { GraphQLContext } from '../context';
import { GroupMemberObject, GroupObject } from '../group/group.object';
import { GroupSessionMemberResult, GroupSessionSchedule } from '../group-session/group-session.object';
import { JourneyObject } from '../journey/journey.object';
import { AccommodationCountObject } from './accommodation-count.object';
import { cohortNeeds, countNeedsOf, needsOf } from './accommodation-read.service';
import { AccommodationNeedEnum } from './inclusion-enums';

const PERSON = "The person's accommodation needs (recordAccommodationNeeds); empty: none recorded.";

/** Accommodation needs on the journey, to the reader of the journey. */
@Resolver(() => JourneyObject)
export class JourneyAccommodationResolver {
  @FieldResolver(() => [AccommodationNeedEnum], { description: PERSON })
  accommodationNeeds(@Root() j: JourneyObject, @Ctx() ctx: GraphQLContext): Promise<AccommodationNeed[]> {
    return needsOf(ctx, j.journeyId);
  }
}

/** Accommodation needs of each member, to whoever reads or runs the group. */
@Resolver(() => GroupMemberObject)
export class GroupMemberAccommodationResolver {
  @FieldResolver(() => [AccommodationNeedEnum], { description: PERSON })
  accommodationNeeds(@Root() m: GroupMemberObject, @Ctx() ctx: GraphQLContext): Promise<AccommodationNeed[]> {
    return needsOf(ctx, m.journeyId);
  }
}

/** A group's current members counted per need: what its sessions must provide. */
@Resolver(() => GroupObject)
export class GroupAccommodationResolver {
  @FieldResolver(() => [AccommodationCountObject], {
    description: "The group's current members counted per accommodation need: what its sessions must provide.",
  })
  accommodationNeeds(@Root() g: GroupObject, @Ctx() ctx: GraphQLContext): Promise<AccommodationCount[]> {
    return countNeedsOf(
      ctx,
      g.members.filter((m) => m.current).map((m) => m.journeyId),
    );
  }
}

/** The scheduling answer: what the session must provide for the members on its day. */
@Resolver(() => GroupSessionSchedule)
export class GroupSessionAccommodationResolver {
  @FieldResolver(() => [AccommodationCountObject], {
    description:
      "The session's members (every line of the answer) counted per accommodation need: what the venue, material " +
      "and helpers must provide. Each line also shows its member's needs.",
  })
  accommodationNeeds(@Root() s: GroupSessionSchedule, @Ctx() ctx: GraphQLContext): Promise<AccommodationCount[]> {
    return countNeedsOf(
      ctx,
      s.members.map((m) => m.journeyId),
    );
  }
}

/** Each line of a session answer or attendance list: the member's needs. */
@Resolver(() => GroupSessionMemberResult)
export class GroupSessionMemberAccommodationResolver {
  @FieldResolver(() => [AccommodationNeedEnum], { description: PERSON })
  accommodationNeeds(@Root() m: GroupSessionMemberResult, @Ctx() ctx: GraphQLContext): Promise<AccommodationNeed[]> {
    return needsOf(ctx, m.journeyId);
  }
}

/** A cohort's members counted per need (programme planning: interpreters, venues, childcare). */
@Resolver(() => CohortObject)
export class CohortAccommodationResolver {
  @FieldResolver(() => [AccommodationCountObject], {
    description:
      "The cohort's enrolled members counted per accommodation need (every need listed, zero too): what its " +
      'sessions must plan for. Readers of figures only see counts below the small-cell threshold withheld.',
  })
  async accommodationNeeds(@Root() c: CohortObject, @Ctx() ctx: GraphQLContext): Promise<AccommodationCount[]> {
    const counts = await cohortNeeds(ctx, c.programmeId, c.id);
    if (!withholdsSmallCells(ctx.principal?.role)) return counts;
    const { logframe } = await programmeSetup(ctx.em, c.programmeId);
    return withholdSmallCounts(counts, logframe.smallCellThreshold);
  }
}

export const ACCOMMODATION_RESOLVERS = [
  JourneyAccommodationResolver,
  GroupMemberAccommodationResolver,
  GroupAccommodationResolver,
  GroupSessionAccommodationResolver,
  GroupSessionMemberAccommodationResolver,
  CohortAccommodationResolver,
] as const;
