import { defineSignal } from '@temporalio/workflow';

/** The workflow type of an endpoint's delivery (workflows/index.ts exports it by this name). */
export const WEBHOOK_ENDPOINT_WORKFLOW = 'webhookEndpointWorkflow';

/** One delivery workflow per endpoint: its id names the endpoint, so starting it twice finds the running one. */
export const webhookEndpointWorkflowId = (endpointId: string): string => `webhook-endpoint:${endpointId}`;

export interface WebhookEndpointWorkflowInput {
  endpointId: string;
}

/**
 * Look for work now rather than at the next poll: sent by the API after a replay or a change of the endpoint.
 * A wake that is lost costs at most one poll interval, never an event.
 */
export const wakeWebhookEndpoint = defineSignal('wakeWebhookEndpoint');
