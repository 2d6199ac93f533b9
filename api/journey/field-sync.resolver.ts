import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { FieldSyncReport, LateRecordApproval } from './field-sync.object';
import { syncFieldRecords } from './field-sync.service';
import { FieldSyncInput } from './inputs/field-sync.input';
import { approveLateRecord } from './late-record-approval.service';
import { assertUuid } from './journey-read.service';

/** Records captured offline and sent later: a device's batch, and a manager's approval of a late one. */
@Resolver()
export class FieldSyncResolver {
  @Mutation(() => FieldSyncReport, {
    description:
      "A facilitator's device sends the records it captured offline (attendance, assessments, visits ...), in the " +
      'order captured. Each record runs as its single mutation would, at its occurredAt, keyed by its clientId; ' +
      "each journey's records apply in order, journeys side by side. Every record gets a result: APPLIED, " +
      'ALREADY_APPLIED (an earlier send applied it: nothing applies twice) or REFUSED with its code, the stage ' +
      "now and the journey's latest step, so the app can reconcile.",
  })
  syncFieldRecords(
    @Arg('input', () => FieldSyncInput, { description: 'The batch, in the order captured.' }) input: FieldSyncInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FieldSyncReport> {
    return syncFieldRecords(ctx, input);
  }

  @Mutation(() => LateRecordApproval, {
    description:
      'The manager lets in one field record refused with LATE_RECORD_NEEDS_APPROVAL (older than the rules allow, or ' +
      "before the journey's last step of its kind), named by its clientId; sending that record again then applies " +
      'it. Audited (FIELD_SYNC) with who approved and why; approving twice keeps the first approval.',
  })
  approveLateRecord(
    @Arg('journeyId', () => ID, { description: 'The journey (its UUID, Journey.journeyId).' }) journeyId: string,
    @Arg('recordKey', { description: "The record's clientId (idempotency key) as the device sent it." })
    recordKey: string,
    @Arg('reason', { description: 'Why the late record may count: kept in the audit log.' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LateRecordApproval> {
    assertUuid(journeyId);
    return approveLateRecord(ctx, journeyId.toLowerCase(), recordKey, reason);
  }
}
