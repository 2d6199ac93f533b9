import type { AuditRowContent } from '../audit/audit-hash';
import type { RecordedStep, RecordTransitionInput } from '../../domain/journey/journey-recording.types';

/**
 * What the step did, for the audit row's `action`: the command (workflow update) name when the
 * workflow says it; otherwise 'enroll' for the first step and 'deadline' for a timer's step.
 */
export function stepAction(step: RecordedStep): string {
  if (step.action) return step.action;
  if (step.events.some((e) => e.type === 'ENROLLED')) return 'enroll';
  return step.actor.role === 'system' ? 'deadline' : (step.events[0]?.type ?? 'unknown');
}

/**
 * One audit row per recorded step (a workflow update or a timer that changed the journey), never
 * one per event: `before` holds the stage it left (when it changed), `after` the stage it reached
 * and every event of the step (type, time, data: codes and ids only). `reason` is the written
 * reason of the evidence the command referenced, copied from PostgreSQL (`reasons`: evidence id -> text).
 */
export function journeyAuditRows(
  input: RecordTransitionInput,
  reasons: Map<string, string>,
  recordedAt = new Date().toISOString(),
): AuditRowContent[] {
  const { state } = input.view;
  return input.steps.map((step) => {
    const stageChange = step.events.find((e) => e.type === 'STAGE_CHANGED')?.data as
      { from?: string; to?: string } | undefined;
    const reason = step.evidenceIds.map((id) => reasons.get(id)).find((r) => typeof r === 'string') ?? null;
    // A field record's row is dated when it was recorded; `after` keeps when it happened and who let it in late.
    const field = step.occurredAt
      ? { occurredAt: step.occurredAt, recordedAt, ...(step.lateApproval ? { lateApproval: step.lateApproval } : {}) }
      : {};
    return {
      at: step.occurredAt ? new Date(recordedAt) : new Date(step.events[0]?.at ?? Date.now()),
      actorId: step.actor.userId,
      actorRole: step.actor.role,
      action: stepAction(step),
      journeyId: state.journeyId,
      programmeId: state.programmeId,
      regionCode: state.regionCode,
      reason,
      before: stageChange ? { stage: stageChange.from ?? null } : null,
      after: {
        ...field,
        ...(stageChange ? { stage: stageChange.to ?? null } : {}),
        events: step.events.map((e) => ({ type: e.type, at: e.at, data: e.data })),
        ...(step.effects.length > 0
          ? { effects: step.effects.map((fx) => ({ kind: fx.kind, reason: fx.reason })) }
          : {}),
      },
      requestId: step.requestId,
      idempotencyKey: step.idempotencyKey,
      workflowId: input.workflowId,
      runId: input.runId,
      eventSeq: step.seq,
      source: 'JOURNEY_EVENT' as const,
    };
  });
}
