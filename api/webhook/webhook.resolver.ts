import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import {
  RegisterWebhookEndpointInput,
  ReplayWebhookDeliveriesInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesFilter,
  WebhookEndpointActionInput,
} from './webhook.input';
import {
  WebhookDeliveryObject,
  WebhookEndpointObject,
  WebhookEndpointWithSecretObject,
  WebhookReplayObject,
} from './webhook.object';
import { replayWebhookDeliveries, webhookDeliveries } from './webhook-delivery.service';
import { registerWebhookEndpoint } from './webhook-register.service';
import {
  disableWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  webhookEndpoints,
} from './webhook-endpoint.service';

/** Partner systems' webhook endpoints and their deliveries (docs/webhooks.md): admins only. */
@Resolver()
export class WebhookResolver {
  @Mutation(() => WebhookEndpointWithSecretObject, {
    description:
      "An admin registers a partner system's endpoint for a programme's journey events (audited). Answers the " +
      'signing secret; a resend with the same idempotencyKey and input answers the same endpoint and secret, the ' +
      'key with other input is IDEMPOTENCY_KEY_REUSED, and a resend after the secret was rotated is ' +
      'WEBHOOK_SECRET_ROTATED. A bad URL is WEBHOOK_URL_INVALID; an unknown programme NOT_FOUND.',
  })
  registerWebhookEndpoint(
    @Arg('input', () => RegisterWebhookEndpointInput, { description: 'The endpoint.' })
    input: RegisterWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointWithSecretObject> {
    return registerWebhookEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpointObject, {
    description:
      "An admin changes an endpoint's URL or event types (audited); new event types apply to events recorded " +
      'from now on. A disabled endpoint is WEBHOOK_ENDPOINT_DISABLED.',
  })
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The endpoint and its changes.' })
    input: UpdateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointObject> {
    return updateWebhookEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpointObject, {
    description: 'An admin disables an endpoint for good (audited): nothing more is posted to it. Again: no change.',
  })
  disableWebhookEndpoint(
    @Arg('input', () => WebhookEndpointActionInput, { description: 'The endpoint and why.' })
    input: WebhookEndpointActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointObject> {
    return disableWebhookEndpoint(ctx, input.id, input.reason);
  }

  @Mutation(() => WebhookEndpointWithSecretObject, {
    description: 'An admin gives an endpoint a new signing secret (audited), answered this once; the old one stops.',
  })
  rotateWebhookSecret(
    @Arg('input', () => WebhookEndpointActionInput, { description: 'The endpoint and why.' })
    input: WebhookEndpointActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointWithSecretObject> {
    return rotateWebhookSecret(ctx, input.id, input.reason);
  }

  @Mutation(() => WebhookReplayObject, {
    description:
      "An admin puts an endpoint's dead-lettered deliveries back in the queue (audited), in order per journey.",
  })
  replayWebhookDeliveries(
    @Arg('input', () => ReplayWebhookDeliveriesInput, { description: 'The endpoint, which deliveries, and why.' })
    input: ReplayWebhookDeliveriesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookReplayObject> {
    return replayWebhookDeliveries(ctx, input);
  }

  @Query(() => [WebhookEndpointObject], { description: "A programme's webhook endpoints (admin)." })
  webhookEndpoints(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointObject[]> {
    return webhookEndpoints(ctx, programmeId);
  }

  @Query(() => [WebhookDeliveryObject], {
    description: "An endpoint's deliveries, newest event first: status, attempts, last answer, next attempt (admin).",
  })
  webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
    @Arg('filter', () => WebhookDeliveriesFilter, { nullable: true, description: 'Status and how many.' })
    filter: WebhookDeliveriesFilter | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookDeliveryObject[]> {
    return webhookDeliveries(ctx, endpointId, filter);
  }
}
