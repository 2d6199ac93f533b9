import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ConflictFilter, RecordConflictInput, ResolveConflictInput } from './conflict.input';
import { ConflictFigureObject, ConflictObject } from './conflict.object';
import { toConflictObject } from './conflict.mapper';
import { conflictFiguresOf, listConflicts, recordConflict, resolveConflict } from './conflict.service';

/** Conflicts (konflik): record, resolve, list, and their M&E figures. */
@Resolver()
export class ConflictResolver {
  @Mutation(() => ConflictObject, {
    description:
      'A facilitator or manager records a conflict (type, category, parties, affected journeys or groups). A ' +
      'MAJOR conflict notifies the programme manager at once. Audited.',
  })
  async recordConflict(
    @Arg('input', () => RecordConflictInput, { description: 'The conflict.' }) input: RecordConflictInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConflictObject> {
    return toConflictObject(await recordConflict(ctx, input), ctx.cipher);
  }

  @Mutation(() => ConflictObject, {
    description:
      'A facilitator or manager records how an open conflict was resolved: method, outcome, lessons learned. Audited.',
  })
  async resolveConflict(
    @Arg('conflictId', () => ID, {
      description: 'The conflict: its id (ConflictObject.id), or its UUID (conflictId).',
    })
    conflictId: string,
    @Arg('input', () => ResolveConflictInput, { description: 'The resolution.' }) input: ResolveConflictInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConflictObject> {
    return toConflictObject(await resolveConflict(ctx, conflictId, input), ctx.cipher);
  }

  @Query(() => [ConflictObject], {
    description: "The newest conflicts (up to 200) in the caller's programmes and regions.",
  })
  async conflicts(
    @Arg('programmeId', () => ID, { nullable: true, description: 'Only this programme.' })
    programmeId: string | undefined,
    @Arg('filter', () => ConflictFilter, { nullable: true, description: 'Cohort, region prefix, dates.' })
    filter: ConflictFilter | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConflictObject[]> {
    return (await listConflicts(ctx, programmeId, filter)).map((row) => toConflictObject(row, ctx.cipher));
  }

  @Query(() => [ConflictFigureObject], {
    description:
      'Conflicts as M&E figures (numerator / denominator, broken down by province and cohort): recorded, open, ' +
      "resolved, by type, by category, days to resolve. Counts only the caller's regions.",
  })
  conflictFigures(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => ConflictFilter, { nullable: true, description: 'Cohort, region prefix, dates.' })
    filter: ConflictFilter | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return conflictFiguresOf(ctx, programmeId, filter);
  }
}
