import { DomainError } from '../../domain/errors/error-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { JourneyEntity } from '../../db/entities';
import { sealForm } from '../../db/personal-data/sealed-forms';
import type { GraphQLContext } from '../context';
import { inAuditTransaction } from '../audit/audit-sql';
import { requireActor } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { requireReason } from './journey-command.helpers';
import { approvalOf, lateApprovalEvidenceId, type LateRecordApprovalView } from './late-record-lookup.service';

/**
 * A manager lets one field record in although it arrived late or out of order: the record is named by its
 * idempotency key (the device's client id), so the facilitator's resend of the same record is accepted and
 * nothing else is. Kept as an ACCEPTED evidence row (the reason) and one audit row (FIELD_SYNC: who, which record,
 * why); the applied record's own audit row names the approval again. Approving twice keeps the first approval.
 */
export async function approveLateRecord(
  ctx: GraphQLContext,
  journeyId: string,
  recordKey: string,
  reason: string,
): Promise<LateRecordApprovalView> {
  const actor = requireActor(ctx.actor);
  if (!isIdempotencyKey(recordKey))
    throw new DomainError('VALIDATION_FAILED', 'recordKey must be 8-128 letters, digits or _-:.');
  const text = requireReason(reason);
  const journey = await ctx.em.findOne(JourneyEntity, { id: journeyId });
  if (!journey) throw new DomainError('NOT_FOUND', `No journey ${journeyId}`);
  if (journey.status === 'CLOSED') throw new DomainError('JOURNEY_CLOSED');
  const id = lateApprovalEvidenceId(journeyId, recordKey);
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    const inserted = await sql(
      `insert into evidence (id, journey_id, kind, payload_sealed, status, created_by, created_at)
         values (?, ?, 'LATE_RECORD_APPROVAL', ?, 'ACCEPTED', ?, ?) on conflict (id) do nothing returning id`,
      [id, journeyId, sealForm(ctx.cipher, { reason: text, recordKey }), actor.userId, at],
    );
    if (inserted.length === 0) return;
    await appendAuditRows(sql, [
      {
        at,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'approveLateRecord',
        journeyId,
        programmeId: journey.programmeId,
        regionCode: journey.regionCode,
        reason: text,
        before: null,
        after: { recordKey, evidenceId: id },
        requestId: ctx.requestId,
        idempotencyKey: recordKey,
        workflowId: null,
        runId: null,
        eventSeq: null,
        source: 'FIELD_SYNC',
      },
    ]);
  });
  const approval = await approvalOf(ctx, journeyId, recordKey);
  if (!approval) throw new DomainError('INTERNAL', 'The approval was not kept');
  return approval;
}
