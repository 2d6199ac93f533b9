import type { JourneyEffect } from '../../domain/journey/journey.types';
import type { RecordTransitionInput } from '../../domain/journey/journey-recording.types';

type Sql = { sql: string; params: unknown[] };
type Recipient = { id: string | null; role: 'facilitator' | 'coordinator' | 'manager' };

/** Which people the steps' effects need looked up before their rows are written. */
export function recipientsNeeded(input: RecordTransitionInput): { coordinator: boolean } {
  return { coordinator: input.steps.some((s) => s.effects.some((fx) => fx.kind === 'ESCALATE_TO_COORDINATOR')) };
}

/**
 * Who an effect is for: alerts and the ladder's first rung go to the journey's facilitator, its second to
 * the facilitator's coordinator (null when none is known), escalations to the manager to the programme's
 * managers (no single person).
 */
function recipientOf(
  kind: JourneyEffect['kind'],
  facilitatorId: string | null,
  coordinatorId: string | null,
): Recipient {
  switch (kind) {
    case 'ALERT_FACILITATOR':
    case 'ESCALATE_TO_FACILITATOR':
      return { id: facilitatorId, role: 'facilitator' };
    case 'ESCALATE_TO_COORDINATOR':
      return { id: coordinatorId, role: 'coordinator' };
    case 'ESCALATE_TO_MANAGER':
      return { id: null, role: 'manager' };
  }
}

/**
 * One notification row per effect of each step, keyed by (journey, seq, ordinal): a step is one command or
 * timer of the workflow, so a retried recording writes each rung of the ladder once.
 */
export function notificationInserts(input: RecordTransitionInput, coordinatorId: string | null): Sql | null {
  const { state } = input.view;
  const rows: unknown[][] = [];
  for (const step of input.steps) {
    step.effects.forEach((fx, ordinal) => {
      const recipient = recipientOf(fx.kind, state.facilitatorId, coordinatorId);
      const at = step.events[0]?.at ?? new Date().toISOString();
      rows.push([
        `${state.journeyId}:${step.seq}:${ordinal}`,
        state.journeyId,
        fx.kind,
        fx.reason,
        recipient.id,
        recipient.role,
        JSON.stringify(fx.data),
        at,
      ]);
    });
  }
  if (rows.length === 0) return null;
  return {
    sql: `insert into notification (key, journey_id, kind, reason, recipient_id, recipient_role, data, created_at)
          values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?::jsonb, ?)').join(', ')} on conflict (key) do nothing`,
    params: rows.flat(),
  };
}
