import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type {
  WebhookDeliveryStatus,
  WebhookEndpointStatus,
  WebhookEventType,
} from '../../domain/webhook/webhook-event.rules';
import { WebhookDeliveryStatusCode, WebhookEndpointStatusCode, WebhookEventTypeCode } from './webhook-enums';

@ObjectType('WebhookEndpoint', {
  description: "A partner system's endpoint for a programme's outbound events (docs/webhooks.md). No secret here.",
})
export class WebhookEndpointObject {
  @Field(() => ID, { description: 'The endpoint id.' }) id!: string;
  @Field(() => ID, { description: 'The programme whose journey events it receives.' }) programmeId!: string;
  @Field({ description: 'Where events are POSTed.' }) url!: string;
  @Field(() => [WebhookEventTypeCode], { description: 'The event types it receives.' })
  eventTypes!: WebhookEventType[];
  @Field(() => WebhookEndpointStatusCode, { description: 'Whether it takes events.' }) status!: WebhookEndpointStatus;
  @Field({ description: 'Who registered it (user id).' }) createdBy!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' }) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its secret was last rotated.' })
  secretRotatedAt!: Date | null;
}

@ObjectType('WebhookEndpointWithSecret', {
  description: 'An endpoint and its signing secret, shown this once: store it where the receiver verifies.',
})
export class WebhookEndpointWithSecretObject {
  @Field(() => WebhookEndpointObject, { description: 'The endpoint.' }) endpoint!: WebhookEndpointObject;
  @Field({
    description:
      'The Standard Webhooks signing secret (whsec_...): answered to this request (and a resend of it with the ' +
      'same idempotency key until the secret is rotated) only, never listed.',
  })
  secret!: string;
}

@ObjectType('WebhookDelivery', { description: 'The delivery of one outbound event to one endpoint.' })
export class WebhookDeliveryObject {
  @Field(() => ID, { description: 'The delivery id (replayWebhookDeliveries takes it).' }) id!: string;
  @Field(() => ID, { description: 'The event id: the webhook-id header, the same on every attempt.' })
  eventId!: string;
  @Field(() => WebhookEventTypeCode, { description: 'The event type.' }) eventType!: WebhookEventType;
  @Field(() => ID, { description: 'The journey the event belongs to.' }) journeyId!: string;
  @Field(() => Int, { description: 'The journey step (seq) of the event: the order within the journey.' })
  seq!: number;
  @Field(() => Int, { description: 'The position of the event within its step.' }) ordinal!: number;
  @Field(() => WebhookDeliveryStatusCode, { description: 'Where it stands.' }) status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null: no answer.' })
  lastStatusCode!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt got no answer (TIMEOUT, ECONNREFUSED ...) or HTTP.',
  })
  lastError!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next attempt is due, if failing.' })
  nextAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was dead-lettered.' })
  deadAt!: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When the event was recorded for this endpoint.' })
  createdAt!: Date;
}

@ObjectType('WebhookReplay', { description: 'What a replay of dead-lettered deliveries did.' })
export class WebhookReplayObject {
  @Field(() => Int, { description: 'Dead-lettered deliveries put back in the queue.' }) replayed!: number;
}
