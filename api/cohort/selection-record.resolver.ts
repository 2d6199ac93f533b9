import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { SelectionRecordObject } from './selection-record.object';
import { RecordSelectionRefusalInput } from './selection-record.input';
import { listSelectionRecords, recordSelectionRefusal } from './selection-record.service';

/** Candidates refused at selection: kept with reason codes, no journey, no name or NIK. */
@Resolver(() => SelectionRecordObject)
export class SelectionRecordResolver {
  @Mutation(() => SelectionRecordObject, {
    description:
      'A facilitator or manager records a candidate not selected for a cohort, with reason codes (audited). No ' +
      'journey starts; the record counts among the applicants of quotas. Same idempotencyKey, same record.',
  })
  recordSelectionRefusal(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RecordSelectionRefusalInput, { description: 'The candidate and why.' })
    input: RecordSelectionRefusalInput,
  ): Promise<SelectionRecordObject> {
    return recordSelectionRefusal(ctx, input);
  }

  @Query(() => [SelectionRecordObject], {
    description: 'Candidates refused at selection for a cohort, in your regions, newest first (at most 500).',
  })
  selectionRecords(
    @Ctx() ctx: GraphQLContext,
    @Arg('cohortId', () => ID, { description: 'The cohort.' }) cohortId: string,
  ): Promise<SelectionRecordObject[]> {
    return listSelectionRecords(ctx, cohortId);
  }
}
