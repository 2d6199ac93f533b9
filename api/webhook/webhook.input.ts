import { Field, ID, InputType, Int } from 'type-graphql';
import type { WebhookDeliveryStatus, WebhookEventType } from '../../domain/webhook/webhook-event.rules';
import { WebhookDeliveryStatusCode, WebhookEventTypeCode } from './webhook-enums';

@InputType({ description: "A partner system's endpoint for a programme's outbound events." })
export class RegisterWebhookEndpointInput {
  @Field(() => ID, { description: 'The programme whose journey events it receives.' }) programmeId!: string;
  @Field({ description: 'Where events are POSTed: an absolute http(s) URL without user name or password.' })
  url!: string;
  @Field(() => [WebhookEventTypeCode], { description: 'The event types it receives (at least one, each once).' })
  eventTypes!: WebhookEventType[];
  @Field({ description: 'Why it is registered (10-500 characters), kept in the audit log.' }) reason!: string;
  @Field({
    description:
      'Client key (8-128 of A-Z a-z 0-9 _ - : .): a resend with the same key and input answers the same endpoint ' +
      'and registers nothing more; the same key with other input is IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey!: string;
}

@InputType({ description: "Changes to an endpoint's URL or event types (the ones given)." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' }) id!: string;
  @Field({ nullable: true, description: 'The new URL; absent: unchanged.' }) url?: string;
  @Field(() => [WebhookEventTypeCode], {
    nullable: true,
    description: 'The new event types, for events recorded from now on; absent: unchanged.',
  })
  eventTypes?: WebhookEventType[];
  @Field({ description: 'Why it is changed (10-500 characters), kept in the audit log.' }) reason!: string;
}

@InputType({ description: 'An admin action on one endpoint that needs only a reason.' })
export class WebhookEndpointActionInput {
  @Field(() => ID, { description: 'The endpoint.' }) id!: string;
  @Field({ description: 'Why (10-500 characters), kept in the audit log.' }) reason!: string;
}

@InputType({ description: 'Dead-lettered deliveries of an endpoint to post again.' })
export class ReplayWebhookDeliveriesInput {
  @Field(() => ID, { description: 'The endpoint.' }) endpointId!: string;
  @Field(() => [ID], {
    nullable: true,
    description: 'The dead-lettered deliveries to replay (at most 1000); absent: every dead-lettered one.',
  })
  deliveryIds?: string[];
  @Field({ description: 'Why they are replayed (10-500 characters), kept in the audit log.' }) reason!: string;
}

@InputType({ description: 'Which deliveries of an endpoint to list.' })
export class WebhookDeliveriesFilter {
  @Field(() => WebhookDeliveryStatusCode, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus;
  @Field(() => Int, { nullable: true, description: 'At most this many, newest first (1-500, 100 by default).' })
  first?: number;
}
