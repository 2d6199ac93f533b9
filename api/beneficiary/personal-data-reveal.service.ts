import { DomainError } from '../../domain/errors/error-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { personAuditRow } from '../../db/audit/person-audit-row';
import { inAuditTransaction } from '../audit/audit-sql';
import { assertJourneyInScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { assertUuid } from '../journey/journey-read.service';
import { requireWrittenReason } from '../shared/written-reason';

/** The sealed columns a manager or auditor may reveal, with the audit action each reveal writes. */
const REVEALABLE = {
  nik: { action: 'revealNik', what: 'a NIK' },
  phone: { action: 'revealPhone', what: 'a phone number' },
} as const;
export type RevealableField = keyof typeof REVEALABLE;

/**
 * One sensitive field of one beneficiary in full, for a manager or auditor in scope, with a written
 * reason. The reveal is an audit fact: one READ row (who, when, whose, why, which field; never the
 * value) is appended to the audit chain first, and the value is only opened and answered once that
 * row is committed. Null when there is nothing to reveal (no phone was given): no row then.
 */
export async function revealPersonalField(
  ctx: GraphQLContext,
  beneficiaryId: string,
  reason: string,
  field: RevealableField,
): Promise<string | null> {
  const { action, what } = REVEALABLE[field];
  const principal = requirePrincipal(ctx.principal);
  assertUuid(beneficiaryId);
  const trimmed = requireWrittenReason(reason, `Revealing ${what}`);
  const id = beneficiaryId.toLowerCase();
  await assertJourneyInScope(ctx, id);
  const person = await ctx.loaders.beneficiary.load(id);
  if (!person) throw new DomainError('NOT_FOUND', `No beneficiary ${id}`);
  if (person.erasedAt)
    throw new DomainError(
      'BENEFICIARY_ERASED',
      `The personal data of beneficiary ${id} was erased on request; there is no ${field} to reveal`,
    );
  const sealed = person[field];
  if (sealed === null) return null;
  await inAuditTransaction(ctx.em, (sql) =>
    appendAuditRows(sql, [
      personAuditRow('READ', {
        actorId: principal.userId,
        actorRole: principal.role,
        action,
        journeyId: id,
        programmeId: person.programmeId,
        regionCode: person.regionCode,
        reason: trimmed,
        requestId: ctx.requestId,
      }),
    ]),
  );
  ctx.logger.info(
    { requestId: ctx.requestId, beneficiaryId: id, actorId: principal.userId, field },
    'personal data revealed',
  ); // never the value
  return ctx.cipher.decrypt(sealed);
}
