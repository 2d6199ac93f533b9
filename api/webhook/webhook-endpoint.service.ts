import { sqlOf } from '../../db/shared/sql-rows';
import {
  findWebhookEndpoint,
  webhookEndpointsOf,
  type WebhookEndpointRow,
} from '../../db/webhook/webhook-endpoint.sql';
import { newWebhookSecret } from '../../config/crypto/webhook-secret';
import { DomainError } from '../../domain/errors/error-codes';
import { webhookEventTypesProblem, webhookUrlProblem } from '../../domain/webhook/webhook-event.rules';
import { auditedWrite, endpointInScope } from './webhook-endpoint.guard';
import type { GraphQLContext } from '../context';
import { requireWrittenReason } from '../shared/written-reason';
import type { UpdateWebhookEndpointInput } from './webhook.input';
import { wakeEndpointWorkflow } from './webhook-workflow';

/** A code list as a PostgreSQL array literal (codes are plain identifiers; an array binding would be expanded). */
export const textArray = (codes: readonly string[]): string => `{${codes.join(',')}}`;

/** What the audit log keeps of a URL: scheme, host and path (a query string may carry a receiver's token). */
export const auditUrl = (url: string): string => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

export function checkUrl(url: string): string {
  const trimmed = url.trim();
  const problem = webhookUrlProblem(trimmed);
  if (problem) throw new DomainError('WEBHOOK_URL_INVALID', problem);
  return trimmed;
}

export function checkEventTypes(types: readonly string[]): void {
  const problem = webhookEventTypesProblem(types);
  if (problem) throw new DomainError('VALIDATION_FAILED', problem, { problems: [problem] });
}

export const reread = async (ctx: GraphQLContext, id: string) => (await findWebhookEndpoint(sqlOf(ctx.em), id))!;

/** Changes an active endpoint's URL or event types (admin, audited); a change to nothing writes nothing. */
export async function updateWebhookEndpoint(
  ctx: GraphQLContext,
  input: UpdateWebhookEndpointInput,
): Promise<WebhookEndpointRow> {
  const row = await endpointInScope(ctx, input.id, { active: true });
  const url = input.url == null ? row.url : checkUrl(input.url);
  const eventTypes = input.eventTypes ?? row.eventTypes;
  checkEventTypes(eventTypes);
  const reason = requireWrittenReason(input.reason, 'Changing a webhook endpoint');
  const sameTypes = [...eventTypes].sort().join() === [...row.eventTypes].sort().join();
  if (url === row.url && sameTypes) return row;
  await auditedWrite(
    ctx,
    {
      action: 'webhook.update',
      programmeId: row.programmeId,
      reason,
      before: { endpointId: row.id, url: auditUrl(row.url), eventTypes: row.eventTypes },
      after: { endpointId: row.id, url: auditUrl(url), eventTypes },
    },
    {
      sql: `update webhook_endpoint set url = ?, event_types = ?::text[], updated_at = now() where id = ?`,
      params: [url, textArray(eventTypes), row.id],
    },
  );
  await wakeEndpointWorkflow(ctx, row.id);
  return reread(ctx, row.id);
}

/** Disables an endpoint for good (admin, audited): its workflow ends, nothing more is posted to it. */
export async function disableWebhookEndpoint(
  ctx: GraphQLContext,
  id: string,
  reasonText: string,
): Promise<WebhookEndpointRow> {
  const row = await endpointInScope(ctx, id);
  const reason = requireWrittenReason(reasonText, 'Disabling a webhook endpoint');
  if (row.status === 'DISABLED') return row;
  await auditedWrite(
    ctx,
    {
      action: 'webhook.disable',
      programmeId: row.programmeId,
      reason,
      before: { endpointId: row.id, status: row.status },
      after: { endpointId: row.id, status: 'DISABLED' },
    },
    { sql: `update webhook_endpoint set status = 'DISABLED', updated_at = now() where id = ?`, params: [row.id] },
  );
  return reread(ctx, row.id);
}

/** A new signing secret for an active endpoint (admin, audited), answered this once; the old one stops at once. */
export async function rotateWebhookSecret(
  ctx: GraphQLContext,
  id: string,
  reasonText: string,
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const row = await endpointInScope(ctx, id, { active: true });
  const reason = requireWrittenReason(reasonText, 'Rotating a webhook secret');
  const secret = newWebhookSecret();
  await auditedWrite(
    ctx,
    {
      action: 'webhook.rotateSecret',
      programmeId: row.programmeId,
      reason,
      before: { endpointId: row.id },
      after: { endpointId: row.id, secretRotated: true },
    },
    {
      sql: `update webhook_endpoint set secret_sealed = ?, secret_rotated_at = now(), updated_at = now() where id = ?`,
      params: [ctx.cipher.encrypt(secret), row.id],
    },
  );
  return { endpoint: await reread(ctx, row.id), secret };
}

/** The endpoints of a programme (admin). */
export const webhookEndpoints = (ctx: GraphQLContext, programmeId: string): Promise<WebhookEndpointRow[]> =>
  webhookEndpointsOf(sqlOf(ctx.em), programmeId);
