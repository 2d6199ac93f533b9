import { Arg, GraphQLISODateTime, ID } from 'type-graphql';

/** The arguments every journey command shares, declared once. */
export const JourneyIdArg = () =>
  Arg('journeyId', () => ID, { description: 'The journey: its id (Journey.id), or its UUID (Journey.journeyId).' });

export const IdempotencyKeyArg = () =>
  Arg('idempotencyKey', () => String, {
    nullable: true,
    description:
      'Optional client key (8-128 of A-Z a-z 0-9 _ - : .). The same key twice applies the command once and returns ' +
      'the same journey, also after retries across network failures. Without a key every call is a new command.',
  });

export const ReasonArg = () =>
  Arg('reason', () => String, { description: 'Why: kept in the journey history for auditors.' });

export const OccurredAtArg = () =>
  Arg('occurredAt', () => GraphQLISODateTime, {
    nullable: true,
    description:
      'When it happened in the field, for a record captured offline and sent later; absent: now. The journey takes ' +
      "it as the step's time (deadlines, periods, indicators). A time ahead of the server's clock is refused " +
      "(OCCURRED_AT_IN_FUTURE); one older than the rules' fieldSync.maxLateDays, or before the journey's last step " +
      'of its kind, needs a manager approval first (LATE_RECORD_NEEDS_APPROVAL, approveLateRecord).',
  });
