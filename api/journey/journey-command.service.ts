import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/common';
import { DomainError } from '../../domain/errors/error-codes';
import type { CommandType, JourneyCommand } from '../../domain/journey/journey.types';
import { EvidenceEntity, JourneyEntity } from '../../db/entities';
import { sealForm } from '../../db/personal-data/sealed-forms';
import {
  commandUpdateId,
  commandUpdates,
  journeyWorkflowId,
  type CommandEnvelopeOf,
  type JourneyView,
} from '../../workflows/journey/journey.messages';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { deterministicUuid, isIdempotencyKey } from '../../db/shared/deterministic-id';
import { fromTemporalError } from '../../db/journey/temporal-errors';
import { viewOfAnswer, type JourneyUpdateResult } from '../../db/journey/journey-answer.temporal';
import { answerOfRecordedKey } from './journey-read.service';
import { recordDenial } from '../audit/audit-denial.service';
import { fieldTimeOf } from './late-record-lookup.service';

export interface CommandRequest<K extends CommandType> {
  journeyId: string;
  /** The client's key; absent means a new command every time. */
  idempotencyKey?: string;
  /** Raw form or written reason kept in PostgreSQL, sealed; its id goes into the command. */
  evidence?: { kind: string; payload: Record<string, unknown> };
  build: (evidenceId: string) => Extract<JourneyCommand, { type: K }>;
  /**
   * A check the API makes before sending (e.g. the new facilitator's caseload limit), once the key is valid
   * and the journey open; its refusal is audited like the machine's.
   */
  precheck?: () => Promise<void>;
  /** When it happened in the field (a record captured offline); absent: when the journey applies it. */
  occurredAt?: Date;
}

/**
 * Runs one journey command as a workflow update whose id is the client's idempotency key.
 * The workflow's validator runs the same pure machine the API uses, so a rejected command never
 * enters history; its PENDING evidence row is removed, so nothing changes anywhere. The update
 * answers once the step is recorded, with the seq it reached; the journey answered is its row at
 * that seq in the read model (db/journey/journey-answer.temporal.ts).
 */
export async function runJourneyCommand<K extends CommandType>(
  ctx: GraphQLContext,
  type: K,
  req: CommandRequest<K>,
): Promise<JourneyView> {
  try {
    return await runCommand(ctx, type, req);
  } catch (err) {
    await recordDenial(ctx, type, req.journeyId, err, req.idempotencyKey); // a refused attempt is an audit fact
    throw err;
  }
}

async function runCommand<K extends CommandType>(
  ctx: GraphQLContext,
  type: K,
  req: CommandRequest<K>,
): Promise<JourneyView> {
  const actor = requireActor(ctx.actor);
  const key = req.idempotencyKey ?? `auto:${randomUUID()}`;
  if (!isIdempotencyKey(key))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const journey = await ctx.em.findOne(JourneyEntity, { id: req.journeyId }, { fields: ['id', 'status'] });
  if (!journey) throw new DomainError('NOT_FOUND', `No journey ${req.journeyId}`);
  if (journey.status === 'CLOSED') {
    // The workflow has ended: a retry of the command that ended it (same key) gets the same answer.
    const replay = await answerOfRecordedKey(ctx, req.journeyId, key);
    if (replay) return replay;
    throw new DomainError('JOURNEY_CLOSED');
  }
  if (req.precheck) await req.precheck();

  const evidenceId = deterministicUuid(`evidence:${req.journeyId}`, key);
  let insertedEvidence = false;
  if (req.evidence) {
    const res = await ctx.em.getConnection().execute(
      `insert into evidence (id, journey_id, kind, payload_sealed, status, created_by, created_at)
         values (?, ?, ?, ?, 'PENDING', ?, now()) on conflict (id) do nothing`,
      [evidenceId, req.journeyId, req.evidence.kind, sealForm(ctx.cipher, req.evidence.payload), actor.userId],
      'run',
    );
    insertedEvidence = (res as { affectedRows?: number }).affectedRows === 1;
  }
  const command = req.build(evidenceId);
  const field = await fieldTimeOf(ctx, req.journeyId, key, req.occurredAt);
  const send = () =>
    ctx.temporal.workflow
      .getHandle(journeyWorkflowId(req.journeyId))
      .executeUpdate<JourneyUpdateResult, [CommandEnvelopeOf<K>]>(commandUpdates[type], {
        // type:key, not the key alone: Temporal answers a repeated update id with the first result,
        // so a key reused for another command must reach the validator (IDEMPOTENCY_KEY_REUSED).
        updateId: commandUpdateId(type, key),
        args: [{ idempotencyKey: key, actor, requestId: ctx.requestId, command, ...field }],
      });
  let answer: JourneyUpdateResult;
  try {
    answer = await retryWhileContinuingAsNew(send);
  } catch (err) {
    if (insertedEvidence) await ctx.em.nativeDelete(EvidenceEntity, { id: evidenceId, status: 'PENDING' });
    throw fromTemporalError(err, () => false);
  }
  return viewOfAnswer(ctx.em, ctx.temporal, answer);
}

/**
 * The journey continues as new at every stage change; a command sent in that instant can find the
 * old run closed and the new one not yet visible ("workflow not found"). The update id is fixed,
 * so sending again is safe: retry a few times before calling it missing.
 */
async function retryWhileContinuingAsNew<T>(send: () => Promise<T>, delaysMs = [50, 150, 400, 1000]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError) || attempt >= delaysMs.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
    }
  }
}
