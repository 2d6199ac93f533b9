import type { GraphQLContext } from '../context';
import {
  WEBHOOK_ENDPOINT_WORKFLOW,
  wakeWebhookEndpoint,
  webhookEndpointWorkflowId,
  type WebhookEndpointWorkflowInput,
} from '../../workflows/webhook/webhook-endpoint.messages';

/**
 * Makes sure the endpoint's delivery workflow runs and looks for work now: signal-with-start, so a workflow that
 * is not running (a registration whose start was lost, a worker that was down) is started, and a running one is
 * woken. Called after every admin write on an active endpoint; the workflow itself polls when idle.
 */
export async function wakeEndpointWorkflow(ctx: GraphQLContext, endpointId: string): Promise<void> {
  const args: [WebhookEndpointWorkflowInput] = [{ endpointId }];
  await ctx.temporal.workflow.signalWithStart(WEBHOOK_ENDPOINT_WORKFLOW, {
    workflowId: webhookEndpointWorkflowId(endpointId),
    taskQueue: ctx.config.taskQueue,
    args,
    signal: wakeWebhookEndpoint,
    signalArgs: [],
  });
}
