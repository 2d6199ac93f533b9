import { randomUUID } from 'node:crypto';
import { appendAuditRows } from '../../db/audit/audit-append';
import { grievanceAuditRow } from '../../db/audit/grievance-audit-row';
import { ComplaintAnswerEntity, ComplaintEntity, JourneyEntity, ProgrammeEntity } from '../../db/entities';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { COMPLAINT_SUBJECTS, startComplaint } from '../../domain/complaint/complaint.machine';
import { DomainError } from '../../domain/errors/error-codes';
import { complaintWorkflowId, type ComplaintWorkflowInput } from '../../workflows/complaint/complaint.messages';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { boundedText } from '../grievance/grievance-access';
import { fromTemporalError } from '../../db/journey/temporal-errors';
import { COMPLAINT_TEXT, type FileComplaintInput } from './complaint.input';
import type { ComplaintReceipt, ComplaintStatusView } from './complaint.object';
import { newReceiptCode, normaliseReceiptCode, receiptHash } from './receipt-code';
import { uuidOfReference } from '../node/global-id';

/** Programme and region of the complaint: a journey's own, or the ones the filer names. */
async function placeOf(
  ctx: GraphQLContext,
  input: FileComplaintInput,
): Promise<{ regionCode: string; subjectRef: string | null }> {
  if (input.subjectKind === 'JOURNEY') {
    const ref = uuidOfReference(input.subjectRef, 'Journey'); // the journey's id, or its UUID
    const journey = ref
      ? await ctx.em.findOne(JourneyEntity, { id: ref.toLowerCase() }, { fields: ['id', 'programmeId', 'regionCode'] })
      : null;
    if (!journey || journey.programmeId !== input.programmeId)
      throw new DomainError('VALIDATION_FAILED', 'subjectRef must be the id of a journey in this programme');
    return { regionCode: journey.regionCode, subjectRef: journey.id };
  }
  if (!input.regionCode)
    throw new DomainError('VALIDATION_FAILED', 'regionCode is required unless the subject is a JOURNEY');
  return {
    regionCode: input.regionCode,
    subjectRef: input.subjectKind === 'PROGRAMME' ? null : (input.subjectRef ?? null),
  };
}

/**
 * Files a complaint from anyone. What is kept: the sealed text (and, for a named complaint, the
 * sealed contact), codes, the time, and a keyed hash of the receipt code. Not kept: the caller's
 * address, account (for an anonymous complaint), user agent or request id. The audit row's actor
 * is 'anonymous' unless a signed-in caller files a named complaint. The complaint's workflow (its
 * durable response timer) starts first, so a stored complaint always has one.
 */
export async function fileComplaint(ctx: GraphQLContext, input: FileComplaintInput): Promise<ComplaintReceipt> {
  if (!(COMPLAINT_SUBJECTS as readonly string[]).includes(input.subjectKind))
    throw new DomainError('VALIDATION_FAILED', 'Unknown subjectKind');
  const text = boundedText('text', input.text, COMPLAINT_TEXT.min, COMPLAINT_TEXT.max);
  const contact = input.anonymous ? null : boundedText('contact', input.contact, 3, 200);
  const programme = await ctx.em.findOne(ProgrammeEntity, { id: input.programmeId });
  if (!programme) throw new DomainError('VALIDATION_FAILED', `Unknown programme ${input.programmeId}`);
  const { regionCode, subjectRef } = await placeOf(ctx, input);
  const days = (await loadProgrammeRules(ctx.em, programme.rulesId, programme.rulesVersion)).grievance
    ?.complaintResponseDays;
  if (!days) throw new DomainError('INTERNAL', 'The programme rules have no complaint response time');

  const cipher = ctx.cipher;
  const code = newReceiptCode();
  const id = randomUUID();
  const receivedAt = new Date();
  const state = startComplaint(id, receivedAt.toISOString(), days);
  const named = !input.anonymous && ctx.principal;
  // The durable timer first: if Temporal is unavailable the filer is told so and nothing is stored,
  // so no complaint can exist without its escalation. If storing then fails, the workflow is ended.
  const start: ComplaintWorkflowInput = {
    complaintId: id,
    receivedAt: state.receivedAt,
    rulesId: programme.rulesId,
    rulesVersion: programme.rulesVersion,
    complaintResponseDays: days,
  };
  try {
    await ctx.temporal.workflow.start('complaintWorkflow', {
      workflowId: complaintWorkflowId(id),
      taskQueue: ctx.config.taskQueue,
      args: [start],
    });
  } catch (err) {
    throw fromTemporalError(err, () => false);
  }
  try {
    await inAuditTransaction(ctx.em, async (sql) => {
      await sql(
        `insert into complaint (id, receipt_hash, programme_id, region_code, subject_kind, subject_ref, anonymous,
        body_sealed, contact_sealed, status, rules_id, rules_version, received_at, response_due_at, seq)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, 0)`,
        [
          id,
          receiptHash(cipher, normaliseReceiptCode(code)!),
          programme.id,
          regionCode,
          input.subjectKind,
          subjectRef,
          input.anonymous,
          cipher.encrypt(text),
          cipher.encryptNullable(contact),
          programme.rulesId,
          programme.rulesVersion,
          receivedAt,
          state.responseDueAt,
        ],
      );
      await appendAuditRows(sql, [
        grievanceAuditRow({
          actorId: named ? ctx.principal!.userId : 'anonymous',
          actorRole: named ? ctx.principal!.role : 'none',
          action: 'complaint.file',
          place: { programmeId: programme.id, regionCode },
          after: { complaintId: id, status: 'RECEIVED', subjectKind: input.subjectKind, anonymous: input.anonymous },
          requestId: named ? ctx.requestId : null,
          workflowId: complaintWorkflowId(id),
          eventSeq: 0,
          at: receivedAt,
        }),
      ]);
    });
  } catch (err) {
    await ctx.temporal.workflow
      .getHandle(complaintWorkflowId(id))
      .terminate('complaint not stored')
      .catch(() => undefined);
    throw err;
  }
  // Not logged: the request logger carries the client's x-request-id, which would tie the filer to the complaint.
  return { receiptCode: code, responseDueAt: new Date(state.responseDueAt) };
}

/** Status and answer for the holder of the receipt code; any other code is NOT_FOUND (nothing else is told). */
export async function complaintStatus(ctx: GraphQLContext, receiptCode: string): Promise<ComplaintStatusView> {
  const normalised = normaliseReceiptCode(receiptCode.slice(0, 64));
  const cipher = ctx.cipher;
  const row = normalised
    ? await ctx.em.findOne(ComplaintEntity, { receiptHash: receiptHash(cipher, normalised) })
    : null;
  if (!row) throw new DomainError('NOT_FOUND', 'No complaint with this receipt code');
  const answer = row.answerId ? await ctx.em.findOne(ComplaintAnswerEntity, { id: row.answerId }) : null;
  return {
    status: row.status,
    receivedAt: row.receivedAt,
    responseDueAt: row.responseDueAt,
    escalated: row.escalatedAt !== null,
    answer: answer ? cipher.decrypt(answer.bodySealed) : null,
    outcome: row.outcome,
    closedAt: row.closedAt,
  };
}
