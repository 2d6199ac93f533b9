import { Arg, ID } from 'type-graphql';

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
