import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { sqlOf } from '../../db/shared/sql-rows';
import { DomainError } from '../../domain/errors/error-codes';
import { isUuid } from '../../domain/shared/uuid';
import type { WebhookDeliveryStatus, WebhookEventType } from '../../domain/webhook/webhook-event.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { requireWrittenReason } from '../shared/written-reason';
import type { ReplayWebhookDeliveriesInput, WebhookDeliveriesFilter } from './webhook.input';
import type { WebhookDeliveryObject } from './webhook.object';
import { endpointInScope } from './webhook-endpoint.guard';
import { wakeEndpointWorkflow } from './webhook-workflow';

const date = (v: unknown): Date | null => (v ? new Date(v as string) : null);

/** An endpoint's deliveries, newest first, optionally of one status (admin). */
export async function webhookDeliveries(
  ctx: GraphQLContext,
  endpointId: string,
  filter: WebhookDeliveriesFilter | undefined,
): Promise<WebhookDeliveryObject[]> {
  const endpoint = await endpointInScope(ctx, endpointId);
  const first = filter?.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > 500)
    throw new DomainError('VALIDATION_FAILED', 'first must be from 1 to 500');
  const rows = await sqlOf(ctx.em)(
    `select d.*, o.event_type from webhook_delivery d join webhook_outbox o on o.id = d.event_id
      where d.endpoint_id = ? ${filter?.status ? 'and d.status = ?' : ''}
      order by o.position desc limit ?`,
    [endpoint.id, ...(filter?.status ? [filter.status] : []), first],
  );
  return rows.map((r) => ({
    id: String(r.id),
    eventId: String(r.event_id),
    eventType: r.event_type as WebhookEventType,
    journeyId: String(r.journey_id),
    seq: Number(r.seq),
    ordinal: Number(r.ordinal),
    status: r.status as WebhookDeliveryStatus,
    attempts: Number(r.attempts),
    lastStatusCode: r.last_status_code == null ? null : Number(r.last_status_code),
    lastError: typeof r.last_error === 'string' ? r.last_error : null,
    lastAttemptAt: date(r.last_attempt_at),
    nextAttemptAt: date(r.next_attempt_at),
    deliveredAt: date(r.delivered_at),
    deadAt: date(r.dead_at),
    createdAt: new Date(r.created_at as string),
  }));
}

/**
 * Puts dead-lettered deliveries of an active endpoint back in the queue (admin, audited): PENDING, attempts and
 * dead-letter window counted afresh, and wakes the endpoint's workflow. Order per journey holds: a journey's
 * deliveries go out in seq order, so replaying a later one alone waits behind a still-dead earlier one. Ids that
 * are not dead-lettered deliveries of this endpoint are NOT_FOUND and nothing changes.
 */
export async function replayWebhookDeliveries(
  ctx: GraphQLContext,
  input: ReplayWebhookDeliveriesInput,
): Promise<{ replayed: number }> {
  const principal = requirePrincipal(ctx.principal);
  const endpoint = await endpointInScope(ctx, input.endpointId, { active: true });
  const reason = requireWrittenReason(input.reason, 'Replaying webhook deliveries');
  const ids = input.deliveryIds == null ? null : [...new Set(input.deliveryIds.map((i) => i.toLowerCase()))];
  if (ids && (ids.length === 0 || ids.length > 1000 || !ids.every(isUuid)))
    throw new DomainError('VALIDATION_FAILED', 'deliveryIds must list 1-1000 delivery ids');
  const at = new Date();
  const replayed = await inAuditTransaction(ctx.em, async (sql) => {
    const rows = await sql(
      `update webhook_delivery set status = 'PENDING', attempts = 0, first_attempt_at = null,
          next_attempt_at = null, dead_at = null
        where endpoint_id = ? and status = 'DEAD' ${ids ? `and id in (${ids.map(() => '?').join(', ')})` : ''}
        returning id`,
      [endpoint.id, ...(ids ?? [])],
    );
    if (ids && rows.length !== ids.length)
      throw new DomainError('NOT_FOUND', 'deliveryIds must name dead-lettered deliveries of this endpoint');
    if (rows.length === 0) return 0;
    await appendAuditRows(sql, [
      officeAuditRow('CONFIGURATION', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'webhook.replay',
        programmeId: endpoint.programmeId,
        reason,
        before: null,
        after: { endpointId: endpoint.id, replayed: rows.length, deliveryIds: ids ?? 'ALL_DEAD' },
        requestId: ctx.requestId,
        at,
      }),
    ]);
    return rows.length;
  });
  if (replayed > 0) await wakeEndpointWorkflow(ctx, endpoint.id);
  return { replayed };
}
