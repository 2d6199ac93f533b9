import {
  ERASED_EVIDENCE_TEXT,
  ERASED_TEXT,
  erasedBirthDate,
  erasedName,
} from '../../domain/beneficiary/personal-data.rules';
import { DomainError } from '../../domain/errors/error-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { personAuditRow } from '../../db/audit/person-audit-row';
import { BeneficiaryEntity } from '../../db/entities';
import { blankFormTexts } from '../../db/personal-data/sealed-forms';
import { recordDenial } from '../audit/audit-denial.service';
import { inAuditTransaction } from '../audit/audit-sql';
import { assertJourneyInScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { assertUuid } from '../journey/journey-read.service';
import { requireWrittenReason } from '../shared/written-reason';

/** What erasure replaces (named in its audit row; never the values). */
const ERASED_FIELDS = [
  'name (pseudonym)',
  'nik',
  'nikHash',
  'phone',
  'birthDate (year kept)',
  'functioning answers',
  'evidence free text',
];

/**
 * Erasure on request (docs/security.md "Erasure on request"): in one transaction, the person's name becomes a
 * pseudonym, NIK, its blind index and phone are removed, the date of birth keeps its year, free text
 * about them in their evidence is blanked (ERASED_EVIDENCE_TEXT), the sealed WG-SS answers are removed, and one
 * ERASURE audit row (who, why; no personal data) is appended to the chain. Sex, disability and its derived level,
 * accommodation needs, ethnicity, region, programme, cohort, the journey, its events and the audit log stay, so
 * figures and the chain stay valid. The same idempotency key answers the erased record again; any other erasure
 * of an erased person is BENEFICIARY_ERASED.
 */
export async function eraseBeneficiary(
  ctx: GraphQLContext,
  beneficiaryId: string,
  reason: string,
  idempotencyKey: string,
): Promise<BeneficiaryEntity> {
  try {
    return await erase(ctx, beneficiaryId, reason, idempotencyKey);
  } catch (err) {
    await recordDenial(ctx, 'eraseBeneficiary', beneficiaryId, err, idempotencyKey);
    throw err;
  }
}

async function erase(
  ctx: GraphQLContext,
  beneficiaryId: string,
  reason: string,
  idempotencyKey: string,
): Promise<BeneficiaryEntity> {
  const principal = requirePrincipal(ctx.principal);
  assertUuid(beneficiaryId);
  if (!isIdempotencyKey(idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const why = requireWrittenReason(reason, 'Erasing personal data');
  const id = beneficiaryId.toLowerCase();
  await assertJourneyInScope(ctx, id);
  const outcome = await inAuditTransaction(ctx.em, async (sql) => {
    const [person] = await sql(
      `select to_char(birth_date, 'YYYY-MM-DD') as birth_date, erased_at, programme_id, region_code
      from beneficiary where id = ? for update`,
      [id],
    );
    if (!person) throw new DomainError('NOT_FOUND', `No beneficiary ${id}`);
    const [used] = await sql(`select journey_id from audit_log where source = 'ERASURE' and idempotency_key = ?`, [
      idempotencyKey,
    ]);
    if (used) {
      if (used.journey_id === id) return 'replayed';
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key already erased another beneficiary');
    }
    if (person.erased_at)
      throw new DomainError('BENEFICIARY_ERASED', `The personal data of beneficiary ${id} was already erased`);
    await sql(
      `update beneficiary set name = ?, nik = null, nik_hash = null, phone = null, birth_date = ?::date,
       functioning = null, erased_at = now() where id = ?`,
      [erasedName(id), erasedBirthDate(String(person.birth_date)), id],
    );
    const blanked = await blankFormTexts(sql, ctx.cipher, id, ERASED_EVIDENCE_TEXT, ERASED_TEXT);
    await appendAuditRows(sql, [
      personAuditRow('ERASURE', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'eraseBeneficiary',
        journeyId: id,
        programmeId: String(person.programme_id),
        regionCode: String(person.region_code),
        reason: why,
        after: { erased: ERASED_FIELDS, evidenceRowsBlanked: blanked.length },
        requestId: ctx.requestId,
        idempotencyKey,
      }),
    ]);
    return 'erased';
  });
  ctx.logger.info(
    { requestId: ctx.requestId, beneficiaryId: id, actorId: principal.userId, outcome },
    'beneficiary personal data erased',
  );
  ctx.loaders.beneficiary.clear(id);
  const row = await ctx.em.fork().findOne(BeneficiaryEntity, { id });
  return row!;
}
