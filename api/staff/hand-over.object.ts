import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import { ErrorCodeEnum } from '../errors/error-code-enum';

@ObjectType({ description: 'A journey of the caseload that did not move, and why.' })
export class HandOverRefusal {
  @Field(() => ID, { description: 'The journey: its UUID (Journey.journeyId).' }) journeyId!: string;
  @Field(() => ErrorCodeEnum, { description: 'Error catalogue code (e.g. FORBIDDEN, JOURNEY_CLOSED).' })
  code!: ErrorCode;
  @Field({ description: 'What was refused, in the request language.' }) message!: string;
}

@ObjectType({ description: "The outcome of handing one facilitator's open caseload to another." })
export class CaseloadHandOver {
  @Field(() => [ID], { description: 'Journeys (UUIDs, Journey.journeyId) reassigned by this call.' })
  moved!: string[];
  @Field(() => [HandOverRefusal], { description: 'Journeys that stayed where they were, each with its reason.' })
  refused!: HandOverRefusal[];
  @Field(() => Int, {
    description: 'Journeys an earlier call with the same idempotencyKey already moved (a retry moves nothing twice).',
  })
  alreadyMoved!: number;
}
