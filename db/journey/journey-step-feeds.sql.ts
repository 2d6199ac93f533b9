import type { FactEvent } from '../../domain/indicator/journey-fact.rules';
import type { RecordTransitionInput } from '../../domain/journey/journey-recording.types';
import { outboxInserts } from '../webhook/webhook-outbox.sql';

type Sql = { sql: string; params: unknown[] };

/** The outbound events (webhooks) of the steps: one outbox row per journey event, ids and codes only. */
export function outboxOf(input: RecordTransitionInput): Sql | null {
  const { state } = input.view;
  return outboxInserts(
    input.steps.flatMap((step) =>
      step.events.map((e, ordinal) => ({
        journeyId: state.journeyId,
        programmeId: state.programmeId,
        cohortId: state.cohortId ?? null,
        seq: step.seq,
        ordinal,
        type: e.type,
        at: e.at,
        actorRole: e.actor.role,
        data: e.data,
      })),
    ),
  );
}

/** The recorded steps' events with their position, as the fact projection reads them. */
export function factEvents(input: RecordTransitionInput): FactEvent[] {
  return input.steps.flatMap((step) =>
    step.events.map((e, ordinal) => ({ seq: step.seq, ordinal, type: e.type, at: e.at, data: e.data })),
  );
}
