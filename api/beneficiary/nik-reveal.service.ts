import { DomainError } from '../../domain/errors/error-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { inAuditTransaction } from '../audit/audit-sql';
import { assertJourneyInScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { assertUuid } from '../journey/journey-read.service';

/**
 * The full NIK of one beneficiary, for a manager or auditor in scope, with a written reason. The
 * reveal is an audit fact: one READ row (who, when, whose, why; never the NIK itself) is appended
 * to the audit chain first, and the NIK is only answered once that row is committed.
 */
export async function revealNik(ctx: GraphQLContext, beneficiaryId: string, reason: string): Promise<string> {
  const principal = requirePrincipal(ctx.principal);
  assertUuid(beneficiaryId);
  const trimmed = reason.trim();
  if (trimmed.length < 10 || trimmed.length > 500) throw new DomainError('REASON_REQUIRED', 'Revealing a NIK needs a written reason (10-500 characters)');
  const id = beneficiaryId.toLowerCase();
  await assertJourneyInScope(ctx, id);
  const person = await ctx.loaders.beneficiary.load(id);
  if (!person) throw new DomainError('NOT_FOUND', `No beneficiary ${id}`);
  await inAuditTransaction(ctx.em, (sql) => appendAuditRows(sql, [{
    at: new Date(), actorId: principal.userId, actorRole: principal.role, action: 'revealNik', journeyId: id,
    programmeId: person.programmeId, regionCode: person.regionCode, reason: trimmed, before: null, after: null,
    requestId: ctx.requestId, idempotencyKey: null, workflowId: null, runId: null, eventSeq: null, source: 'READ',
  }]));
  ctx.logger.info({ requestId: ctx.requestId, beneficiaryId: id, actorId: principal.userId }, 'NIK revealed'); // never the NIK
  return person.nik;
}
