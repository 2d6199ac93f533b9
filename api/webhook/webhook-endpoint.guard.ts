import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { sqlOf } from '../../db/shared/sql-rows';
import { findWebhookEndpoint, type WebhookEndpointRow } from '../../db/webhook/webhook-endpoint.sql';
import { DomainError } from '../../domain/errors/error-codes';
import { isUuid } from '../../domain/shared/uuid';
import { inAuditTransaction } from '../audit/audit-sql';
import { programmeInScope } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';

/**
 * The endpoint named, in the caller's programmes: an unknown id, or one outside the scope, is NOT_FOUND (never a
 * hint that it exists). With `active`, a disabled endpoint is WEBHOOK_ENDPOINT_DISABLED.
 */
export async function endpointInScope(
  ctx: GraphQLContext,
  id: string,
  options: { active?: boolean } = {},
): Promise<WebhookEndpointRow> {
  const principal = requirePrincipal(ctx.principal);
  const row = isUuid(id) ? await findWebhookEndpoint(sqlOf(ctx.em), id.toLowerCase()) : null;
  if (!row || !programmeInScope(principal.scope, row.programmeId))
    throw new DomainError('NOT_FOUND', `No webhook endpoint ${id}`);
  if (options.active && row.status !== 'ACTIVE')
    throw new DomainError('WEBHOOK_ENDPOINT_DISABLED', `Webhook endpoint ${id} is disabled`);
  return row;
}

/**
 * One audited write on an endpoint, in one transaction with its CONFIGURATION audit row. With `returning`, the
 * statement answers the rows it wrote, and when it wrote none (an insert that found its row) nothing is audited and
 * the answer is false.
 */
export async function auditedWrite(
  ctx: GraphQLContext,
  audit: {
    action: string;
    programmeId: string;
    reason: string;
    before: object | null;
    after: object;
    idempotencyKey?: string;
  },
  statement: { sql: string; params: unknown[]; returning?: boolean },
): Promise<boolean> {
  const principal = requirePrincipal(ctx.principal);
  const at = new Date();
  return inAuditTransaction(ctx.em, async (sql) => {
    const written = await sql(statement.sql, statement.params);
    if (statement.returning && written.length === 0) return false;
    await appendAuditRows(sql, [
      officeAuditRow('CONFIGURATION', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: audit.action,
        programmeId: audit.programmeId,
        reason: audit.reason,
        before: audit.before as Record<string, unknown> | null,
        after: audit.after as Record<string, unknown>,
        requestId: ctx.requestId,
        idempotencyKey: audit.idempotencyKey ?? null,
        at,
      }),
    ]);
    return true;
  });
}
