import type { RecordedStep } from '../../domain/journey/journey-recording.types';
import type { Actor, CommandEnvelope, JourneyEffect, JourneyEvent } from '../../domain/journey/journey.types';

/** Steps applied in the workflow but not yet recorded in PostgreSQL. Deterministic, no I/O. */
export class JourneyOutbox {
  private steps: RecordedStep[];
  recordedSeq: number;

  constructor(carried: RecordedStep[] = [], recordedSeq = 0) {
    this.steps = [...carried];
    this.recordedSeq = recordedSeq;
  }

  add(seq: number, events: JourneyEvent[], effects: JourneyEffect[], actor: Actor, envelope?: CommandEnvelope): void {
    this.steps.push({
      seq,
      events,
      effects,
      actor,
      idempotencyKey: envelope?.idempotencyKey ?? null,
      requestId: envelope?.requestId ?? null,
      // A late record's approval evidence comes last: its reason is the audit row's when the command has none.
      evidenceIds: envelope
        ? [
            ...evidenceIdsOf(envelope.command as unknown as Record<string, unknown>),
            ...(envelope.lateApproval ? [envelope.lateApproval.evidenceId] : []),
          ]
        : [],
      ...(envelope ? { action: envelope.command.type } : {}),
      ...(envelope?.occurredAt ? { occurredAt: envelope.occurredAt } : {}),
      ...(envelope?.lateApproval ? { lateApproval: envelope.lateApproval } : {}),
    });
  }

  get size(): number {
    return this.steps.length;
  }

  take(): RecordedStep[] {
    const taken = this.steps;
    this.steps = [];
    return taken;
  }

  /** Puts steps back in front after a failed recording, so nothing is lost or reordered. */
  restore(steps: RecordedStep[]): void {
    this.steps = [...steps, ...this.steps];
  }

  pending(): RecordedStep[] {
    return [...this.steps];
  }
}

/** Ids of PostgreSQL evidence rows a command references (`evidenceId`, `reasonEvidenceId`). */
export function evidenceIdsOf(command: Record<string, unknown>): string[] {
  return Object.entries(command)
    .filter(([key, value]) => /evidenceId$/i.test(key) && typeof value === 'string' && value.length > 0)
    .map(([, value]) => value as string);
}
