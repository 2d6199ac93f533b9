import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/common';
import { ComplaintAnswerEntity, ComplaintEntity } from '../../db/entities';
import type { ComplaintEnvelope, ComplaintStep } from '../../domain/complaint/complaint.machine';
import { DomainError } from '../../domain/errors/error-codes';
import { complaintUpdateId, complaintUpdates, complaintWorkflowId } from '../../workflows/complaint/complaint.messages';
import { recordDenial } from '../audit/audit-denial.service';
import type { GraphQLContext } from '../context';
import { boundedText, loadRecordInScope } from '../grievance/grievance-access';
import { requireActor } from '../http/actor';
import { deterministicUuid, isIdempotencyKey } from '../../db/shared/deterministic-id';
import { fromTemporalError } from '../../db/journey/temporal-errors';
import { COMPLAINT_TEXT } from './complaint.input';
import type { ComplaintObject } from './complaint.object';
import { toComplaintObject } from './complaint-read.service';

export const loadComplaint = (ctx: GraphQLContext, id: string) =>
  loadRecordInScope(ctx, 'complaint', id, (key) => ctx.em.findOne(ComplaintEntity, { id: key }));

/**
 * Sends one staff step to the complaint's workflow as an update (its validator runs the pure
 * machine: a refused step changes nothing) and answers with the complaint as recorded. A refused
 * attempt is written to the audit log as DENIED, like journey commands.
 */
export async function runComplaintStep(
  ctx: GraphQLContext,
  complaintId: string,
  idempotencyKey: string | undefined,
  build: (key: string) => Promise<{ step: ComplaintStep; undo?: () => Promise<void> }>,
): Promise<ComplaintObject> {
  const actor = requireActor(ctx.actor);
  let action = 'complaint.step';
  try {
    const complaint = await loadComplaint(ctx, complaintId);
    const key = idempotencyKey ?? `auto:${randomUUID()}`;
    if (!isIdempotencyKey(key))
      throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
    const { step, undo } = await build(key);
    action = `complaint.${step.type}`;
    const envelope: ComplaintEnvelope = { key, actor, requestId: ctx.requestId, step };
    try {
      await ctx.temporal.workflow
        .getHandle(complaintWorkflowId(complaint.id))
        .executeUpdate(complaintUpdates[step.type], {
          updateId: complaintUpdateId(step.type, key),
          args: [envelope],
        });
    } catch (err) {
      if (undo) await undo();
      if (err instanceof WorkflowNotFoundError)
        throw new DomainError('COMMAND_NOT_ALLOWED_IN_STAGE', 'The complaint is closed');
      throw fromTemporalError(err, () => false);
    }
    ctx.em.clear();
    return toComplaintObject(ctx, (await ctx.em.findOne(ComplaintEntity, { id: complaint.id }))!);
  } catch (err) {
    await recordDenial(ctx, action, null, err, idempotencyKey);
    throw err;
  }
}

/** The answer text is stored sealed first (id from the key), and removed again if the workflow refuses the step. */
export async function answerStep(ctx: GraphQLContext, complaintId: string, text: string, key: string) {
  const body = boundedText('answer', text, 3, COMPLAINT_TEXT.max);
  const answerId = deterministicUuid(`complaint-answer:${complaintId.toLowerCase()}`, key);
  const res = await ctx.em.getConnection().execute(
    `insert into complaint_answer (id, complaint_id, body_sealed, created_by) values (?, ?, ?, ?)
       on conflict (id) do nothing`,
    [answerId, complaintId.toLowerCase(), ctx.cipher.encrypt(body), ctx.actor!.userId],
    'run',
  );
  const inserted = (res as { affectedRows?: number }).affectedRows === 1;
  return {
    step: { type: 'answer' as const, answerId },
    undo: inserted
      ? async () => {
          await ctx.em.fork().nativeDelete(ComplaintAnswerEntity, { id: answerId });
        }
      : undefined,
  };
}
