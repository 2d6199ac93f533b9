import { createHash } from 'node:crypto';
import { newWebhookSecret } from '../../config/crypto/webhook-secret';
import { ProgrammeEntity } from '../../db/entities';
import { sqlOf } from '../../db/shared/sql-rows';
import type { WebhookEndpointRow } from '../../db/webhook/webhook-endpoint.sql';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { deterministicUuid, isIdempotencyKey } from '../../db/shared/deterministic-id';
import { requireWrittenReason } from '../shared/written-reason';
import { auditedWrite } from './webhook-endpoint.guard';
import { auditUrl, checkEventTypes, checkUrl, reread, textArray } from './webhook-endpoint.service';
import type { RegisterWebhookEndpointInput } from './webhook.input';
import { wakeEndpointWorkflow } from './webhook-workflow';

/** What a registration asked for, as a digest: the same key with another digest is another request. */
function requestDigest(programmeId: string, url: string, eventTypes: readonly string[], reason: string): string {
  const canonical = JSON.stringify({ programmeId, url, eventTypes: [...new Set(eventTypes)].sort(), reason });
  return createHash('sha256').update(canonical).digest('hex');
}

/** The endpoint a key registered, with its sealed secret and the digest of the request that registered it. */
async function registered(ctx: GraphQLContext, id: string) {
  const [row] = await sqlOf(ctx.em)(
    `select secret_sealed, request_sha256, secret_rotated_at from webhook_endpoint where id = ?`,
    [id],
  );
  if (!row) return null;
  return {
    secretSealed: String(row.secret_sealed),
    digest: row.request_sha256 as string | null,
    rotated: row.secret_rotated_at != null,
  };
}

/**
 * Registers an endpoint (admin, audited) and answers its signing secret. Idempotent: the endpoint id is derived from
 * the admin and their idempotency key, so a resend of the same request (an answer lost on the way) registers
 * nothing more and answers the same endpoint with its signing secret; the same key with another request is
 * IDEMPOTENCY_KEY_REUSED and changes nothing. Once the secret was rotated, a resend is WEBHOOK_SECRET_ROTATED: the
 * secret in force was answered to whoever rotated it, and replaying a registration must not reveal it.
 */
export async function registerWebhookEndpoint(
  ctx: GraphQLContext,
  input: RegisterWebhookEndpointInput,
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const principal = requirePrincipal(ctx.principal);
  if (!isIdempotencyKey(input.idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const url = checkUrl(input.url);
  checkEventTypes(input.eventTypes);
  const reason = requireWrittenReason(input.reason, 'Registering a webhook endpoint');
  if (!(await ctx.em.fork().findOne(ProgrammeEntity, { id: input.programmeId })))
    throw new DomainError('NOT_FOUND', `No programme ${input.programmeId}`);
  const id = deterministicUuid('webhook-endpoint', `${principal.userId}\u0000${input.idempotencyKey}`);
  const digest = requestDigest(input.programmeId, url, input.eventTypes, reason);
  const before = await registered(ctx, id);
  if (!before) {
    const secret = newWebhookSecret();
    const at = new Date();
    await auditedWrite(
      ctx,
      {
        action: 'webhook.register',
        programmeId: input.programmeId,
        reason,
        before: null,
        after: { endpointId: id, url: auditUrl(url), eventTypes: input.eventTypes },
        idempotencyKey: input.idempotencyKey,
      },
      {
        sql: `insert into webhook_endpoint (id, programme_id, url, event_types, secret_sealed, status, created_by,
                created_at, updated_at, idempotency_key, request_sha256)
              values (?, ?, ?, ?::text[], ?, 'ACTIVE', ?, ?, ?, ?, ?) on conflict (id) do nothing returning id`,
        params: [
          id,
          input.programmeId,
          url,
          textArray(input.eventTypes),
          ctx.cipher.encrypt(secret),
          principal.userId,
          at,
          at,
          input.idempotencyKey,
          digest,
        ],
        returning: true,
      },
    );
  }
  // Read back what the key registered: this request's insert, an earlier send's, or a concurrent one's.
  const stored = (await registered(ctx, id))!;
  if (stored.digest !== digest)
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key already registered another endpoint');
  if (stored.rotated)
    throw new DomainError('WEBHOOK_SECRET_ROTATED', `Webhook endpoint ${id} had its secret rotated since`);
  const endpoint = await reread(ctx, id);
  if (endpoint.status === 'ACTIVE') await wakeEndpointWorkflow(ctx, id);
  const signing = ctx.cipher.decrypt(stored.secretSealed);
  return { endpoint, secret: signing };
}
