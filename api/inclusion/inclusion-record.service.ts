import { normaliseNeeds, type AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import {
  deriveFunctioning,
  functioningProblems,
  type FunctioningAnswers,
} from '../../domain/inclusion/functioning.rules';
import { inclusionRules } from '../../domain/inclusion/inclusion-rules.types';
import { DomainError } from '../../domain/errors/error-codes';
import { appendAuditRows, type SqlInTransaction } from '../../db/audit/audit-append';
import { personAuditRow } from '../../db/audit/person-audit-row';
import { BeneficiaryEntity } from '../../db/entities';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { recordDenial } from '../audit/audit-denial.service';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { uuidOfReference } from '../node/global-id';

interface Person {
  id: string;
  programmeId: string;
  regionCode: string;
  rulesId: string;
  rulesVersion: number;
}

/** The journey's person, locked for the change; NOT_FOUND or BENEFICIARY_ERASED refuse. */
async function lockPerson(sql: SqlInTransaction, id: string): Promise<Person> {
  const [row] = await sql(
    `select b.id, b.programme_id, b.region_code, b.erased_at, j.rules_id, j.rules_version
     from beneficiary b join journey j on j.id = b.id where b.id = ? for update of b`,
    [id],
  );
  if (!row) throw new DomainError('NOT_FOUND', `No journey ${id}`);
  if (row.erased_at) throw new DomainError('BENEFICIARY_ERASED');
  return {
    id,
    programmeId: String(row.programme_id),
    regionCode: String(row.region_code),
    rulesId: String(row.rules_id),
    rulesVersion: Number(row.rules_version),
  };
}

/** Whether this key already recorded inclusion data (for this person: a replay; another: refused). */
async function replayed(sql: SqlInTransaction, id: string, key: string, action: string): Promise<boolean> {
  const [used] = await sql(
    `select journey_id, action from audit_log where source = 'INCLUSION' and idempotency_key = ?`,
    [key],
  );
  if (!used) return false;
  if (used.journey_id === id && used.action === action) return true;
  throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key already recorded other inclusion data');
}

function journeyUuid(journeyId: string, key: string): string {
  const id = uuidOfReference(journeyId, 'Journey');
  if (!id) throw new DomainError('VALIDATION_FAILED', 'journeyId must be a Journey id or its UUID');
  if (!isIdempotencyKey(key))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  return id.toLowerCase();
}

/**
 * One audited change of a person's inclusion data: locks the person, answers a replayed key with the row as it
 * is, else runs `change` (which returns the audit row's codes) and appends one INCLUSION audit row.
 */
async function auditedChange(
  ctx: GraphQLContext,
  action: string,
  journeyId: string,
  key: string,
  change: (
    sql: SqlInTransaction,
    person: Person,
  ) => Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }>,
): Promise<BeneficiaryEntity> {
  const principal = requirePrincipal(ctx.principal);
  const id = journeyUuid(journeyId, key);
  try {
    await inAuditTransaction(ctx.em, async (sql) => {
      const person = await lockPerson(sql, id);
      if (await replayed(sql, id, key, action)) return;
      const { before, after } = await change(sql, person);
      await appendAuditRows(sql, [
        personAuditRow('INCLUSION', {
          actorId: principal.userId,
          actorRole: principal.role,
          action,
          journeyId: id,
          programmeId: person.programmeId,
          regionCode: person.regionCode,
          before,
          after,
          requestId: ctx.requestId,
          idempotencyKey: key,
        }),
      ]);
    });
  } catch (err) {
    await recordDenial(ctx, action, id, err, key);
    throw err;
  }
  ctx.loaders.beneficiary.clear(id);
  return (await ctx.em.fork().findOne(BeneficiaryEntity, { id }))!;
}

/**
 * recordFunctioning: the WG-SS answers sealed at rest, the derived level and yes/no disability in their typed
 * columns (the rules version of the person's journey sets the cut-off). A yes/no given that contradicts the
 * answers is DISABILITY_DISAGREES_WITH_FUNCTIONING and changes nothing. The audit row holds the levels derived,
 * never the answers.
 */
export function recordFunctioning(
  ctx: GraphQLContext,
  journeyId: string,
  answers: FunctioningAnswers,
  disability: boolean | null | undefined,
  key: string,
): Promise<BeneficiaryEntity> {
  return auditedChange(ctx, 'recordFunctioning', journeyId, key, async (sql, person) => {
    const problems = functioningProblems({ ...answers });
    if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
    const rules = inclusionRules(await loadProgrammeRules(ctx.em.fork(), person.rulesId, person.rulesVersion));
    const derived = deriveFunctioning(answers, disability, rules);
    if (!derived.ok) throw new DomainError(derived.code, derived.message);
    const [old] = await sql(`select disability, disability_level from beneficiary where id = ?`, [person.id]);
    await sql(
      `update beneficiary set functioning = ?, disability_level = ?, disability = ?, functioning_recorded_at = now()
       where id = ?`,
      [ctx.cipher.encrypt(JSON.stringify(answers)), derived.result.level, derived.result.disability, person.id],
    );
    return {
      before: { disability: old.disability, disabilityLevel: old.disability_level ?? null },
      after: { ...derived.result, disabilityCutOff: rules.disabilityCutOff },
    };
  });
}

/** recordAccommodationNeeds: the person's needs replaced by the list given (each once; empty: none). */
export function recordAccommodationNeeds(
  ctx: GraphQLContext,
  journeyId: string,
  needs: readonly AccommodationNeed[],
  key: string,
): Promise<BeneficiaryEntity> {
  return auditedChange(ctx, 'recordAccommodationNeeds', journeyId, key, async (sql, person) => {
    const [old] = await sql(`select accommodation_needs from beneficiary where id = ?`, [person.id]);
    const stored = normaliseNeeds(needs);
    await sql(`update beneficiary set accommodation_needs = ?::jsonb where id = ?`, [
      JSON.stringify(stored),
      person.id,
    ]);
    return { before: { accommodationNeeds: old.accommodation_needs }, after: { accommodationNeeds: stored } };
  });
}
