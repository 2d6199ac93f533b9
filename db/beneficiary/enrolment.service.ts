import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { ENROLLING_ROLES, judgeEnrolment } from '../../domain/beneficiary/enrolment.rules';
import { normalisePhone } from '../../domain/beneficiary/personal-data.rules';
import type { EnrolmentWarning } from '../../domain/cohort/cohort-quota.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { JourneyView } from '../../domain/journey/journey-view.types';
import type { Actor, JourneyStart } from '../../domain/journey/journey.types';
import { regionCovered } from '../../domain/programme/programme-setup.rules';
import { inScope, type Scope } from '../../domain/staff/principal.rules';
import { cohortForEnrolment } from '../cohort/cohort-enrolment.store';
import { BeneficiaryEntity, ProgrammeEntity } from '../entities';
import { startAndSyncJourney, type JourneyStarter } from '../journey/journey-start.temporal';
import { sealPerson } from '../personal-data/sealed-columns';
import { findRulesVersion } from '../programme/programme-rules.store';
import { deterministicUuid, isIdempotencyKey } from '../shared/deterministic-id';
import { assertCanEnrolFor } from '../staff/caseload-room';
import { insertEnrolment, removeEnrolment } from './beneficiary-enrolment.store';
import type { EnrolmentFields } from './enrolment-fields.validator';

/** What one enrolment runs with: its own EntityManager, the field cipher, the journey starter and a request id. */
export interface EnrolmentDeps extends JourneyStarter {
  em: EntityManager;
  cipher: FieldCipher;
  requestId: string;
}

/** Who enrols: their id and role (what reaches the workflow) and their scope (null: not limited here). */
export interface Enroller {
  actor: Actor;
  scope: Scope | null;
}

/** The enrolled journey, and the warnings about its cohort's planned size and quotas (empty on a retry). */
export interface EnrolmentOutcome {
  view: JourneyView;
  warnings: EnrolmentWarning[];
}

/**
 * Enrolment, for every way in (enrollBeneficiary, a CSV's rows, an import's rows): checks the enroller's role and
 * scope, the programme's selection criteria and the named facilitator's caseload limit, stores the person in
 * PostgreSQL (NIK and phone sealed), starts `journey-<id>` with ids and codes only, and answers once the workflow
 * has recorded the enrolment. Retrying with the same idempotency key returns the same journey; a failure to
 * start the workflow removes the new row, so a refused enrolment changes nothing. A cohort named must exist in
 * the programme, be ENROLLING and cover the person's region; its planned size and quotas warn or refuse as the
 * rules' selection.capacity say.
 */
export async function enrolBeneficiary(
  deps: EnrolmentDeps,
  enroller: Enroller,
  input: EnrolmentFields,
  clientKey?: string,
): Promise<EnrolmentOutcome> {
  const idempotencyKey = clientKey ?? `auto:${randomUUID()}`;
  const { actor, scope } = enroller;
  if (!ENROLLING_ROLES.includes(actor.role))
    throw new DomainError('FORBIDDEN', 'Only managers and facilitators enrol beneficiaries');
  if (scope && !inScope(scope, input.programmeId, input.regionCode))
    throw new DomainError(
      'FORBIDDEN',
      `Programme ${input.programmeId} in region ${input.regionCode} is outside your scope (programmes and regions ` +
        'of your token)',
    );
  if (!isIdempotencyKey(idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const { em } = deps;
  const programme = await em.findOne(ProgrammeEntity, { id: input.programmeId });
  if (!programme) throw new DomainError('NOT_FOUND', `No programme ${input.programmeId}`);
  if (!regionCovered(programme.regionCodes, input.regionCode))
    throw new DomainError('REGION_NOT_COVERED', `Programme ${programme.id} does not cover region ${input.regionCode}`, {
      programmeId: programme.id,
      regionCode: input.regionCode,
    });
  const version = await findRulesVersion(em, programme.rulesId, programme.rulesVersion);
  if (!version)
    throw new DomainError('NOT_FOUND', `No programme rules ${programme.rulesId} v${programme.rulesVersion}`);
  const rules = version.rules;
  const judgement = judgeEnrolment(input, rules);

  const id = deterministicUuid('enrolment', idempotencyKey);
  // never plaintext in PostgreSQL
  const sealed = sealPerson(deps.cipher, input.nik, input.phone ? normalisePhone(input.phone) : null);
  let beneficiary = await em.findOne(BeneficiaryEntity, { enrolmentKey: idempotencyKey });
  if (beneficiary?.erasedAt) throw new DomainError('BENEFICIARY_ERASED');
  if (beneficiary && beneficiary.nikHash !== sealed.nikHash) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  const created = !beneficiary;
  let warnings: EnrolmentWarning[] = [];
  if (!beneficiary) {
    await assertCanEnrolFor(em, programme.id, input.facilitatorId);
    const cohort = input.cohortId ? await cohortForEnrolment(em, programme.id, input.cohortId, input.regionCode) : null;
    const stored = await insertEnrolment(em, deps.cipher, {
      id,
      idempotencyKey,
      input,
      sealed,
      judgement,
      programmeId: programme.id,
      cohort,
      rules,
      createdBy: actor.userId,
    });
    beneficiary = stored.row;
    warnings = stored.warnings;
  }

  const start: JourneyStart = {
    journeyId: beneficiary.id,
    programmeId: programme.id,
    rulesId: rules.programmeRulesId,
    rulesVersion: rules.version,
    cohortId: beneficiary.cohortId,
    regionCode: beneficiary.regionCode,
    facilitatorId: input.facilitatorId ?? null,
    vulnerableGroups: judgement.quotaGroups,
    enrolledAt: beneficiary.createdAt.toISOString(),
    enrolledBy: actor,
  };
  const journeyId = beneficiary.id;
  // A published version travels with the journey (the workflow cannot read it); a bundled one is in its code.
  const journeyInput = { start, ...(version.bundled ? {} : { rules }) };
  const view = await startAndSyncJourney(deps, journeyId, journeyInput, deps.requestId, async () => {
    if (created) await removeEnrolment(em, journeyId);
  });
  return { view, warnings };
}
