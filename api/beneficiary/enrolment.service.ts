import { checkEthnicity } from '../../domain/inclusion/ethnicity.rules';
import { inclusionRules } from '../../domain/inclusion/inclusion-rules.types';
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { normalisePhone } from '../../domain/beneficiary/personal-data.rules';
import { checkSelection } from '../../domain/assessment/selection.rules';
import { assertCanEnrolFor } from '../staff/caseload-guard';
import { deriveWelfareLevel } from '../../domain/assessment/welfare-level.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { JourneyStart } from '../../domain/journey/journey.types';
import { regionCovered } from '../../domain/programme/programme-setup.rules';
import { BeneficiaryEntity, EvidenceEntity, ProgrammeEntity } from '../../db/entities';
import { sealPerson } from '../../db/personal-data/sealed-columns';
import { sealForm } from '../../db/personal-data/sealed-forms';
import { findRulesVersion } from '../../db/programme/programme-rules.store';
import {
  journeyWorkflowId,
  syncUpdate,
  type JourneyView,
  type JourneyWorkflowInput,
} from '../../workflows/journey/journey.messages';
import type { GraphQLContext } from '../context';
import { assertPlaceInScope } from '../auth/scope';
import { requireActor } from '../http/actor';
import { deterministicUuid, isIdempotencyKey } from '../http/deterministic-id';
import { isAlreadyStarted, fromTemporalError } from '../journey/temporal-errors';
import { ACCESS_REFUSALS, recordDenial } from '../audit/audit-denial.service';
import { checkCohortCapacity, cohortForEnrolment } from '../cohort/cohort-enrolment.service';
import type { EnrolmentWarningObject } from '../cohort/enrolment-warning.object';
import type { EnrollBeneficiaryInput } from './enroll-beneficiary.input';

/** The enrolled journey, and the warnings about its cohort's planned size and quotas (empty on a retry). */
export interface EnrolmentOutcome {
  view: JourneyView;
  warnings: EnrolmentWarningObject[];
}

/**
 * Enrolment: checks the programme's selection criteria and the named facilitator's caseload limit, stores
 * the person in PostgreSQL, starts `journey-<id>` with ids and codes only, and answers once the workflow has
 * recorded the enrolment. Retrying with the same idempotency key returns the same journey; a failure to start
 * the workflow removes the new row, so a refused enrolment changes nothing. A cohort named must exist in the
 * programme, be ENROLLING and cover the person's region; its planned size and quotas warn or refuse as the
 * rules' selection.capacity say.
 */
export async function enrollBeneficiary(
  ctx: GraphQLContext,
  input: EnrollBeneficiaryInput,
  clientKey?: string,
): Promise<EnrolmentOutcome> {
  try {
    return await enrol(ctx, input, clientKey);
  } catch (err) {
    await recordDenial(ctx, 'enroll', null, err, clientKey, ACCESS_REFUSALS); // a refused enrolment is an audit fact
    throw err;
  }
}

async function enrol(
  ctx: GraphQLContext,
  input: EnrollBeneficiaryInput,
  clientKey?: string,
): Promise<EnrolmentOutcome> {
  const idempotencyKey = clientKey ?? `auto:${randomUUID()}`;
  const actor = requireActor(ctx.actor);
  if (!['manager', 'facilitator'].includes(actor.role))
    throw new DomainError('FORBIDDEN', 'Only managers and facilitators enrol beneficiaries');
  assertPlaceInScope(ctx.principal, input.programmeId, input.regionCode); // also each row of a CSV
  if (!isIdempotencyKey(idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const em = ctx.em;
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
  const ethnicity = checkEthnicity(input.ethnicity, inclusionRules(rules));
  if (!ethnicity.ok) throw new DomainError(ethnicity.code, ethnicity.message);
  const ratio = input.selection.monthlyIncome / input.selection.regionalMinimumWage;
  const selection = checkSelection(
    {
      welfareLevel: deriveWelfareLevel(ratio, rules),
      potentialScore: input.selection.potentialScore,
      committed: input.selection.committed,
      vulnerableGroups: input.vulnerableGroups,
    },
    rules,
  );
  if (!selection.eligible) {
    throw new DomainError('SELECTION_CRITERIA_NOT_MET', `Not eligible: ${selection.failures.join(', ')}`, {
      failures: selection.failures,
    });
  }

  const id = deterministicUuid('enrolment', idempotencyKey);
  // never plaintext in PostgreSQL
  const sealed = sealPerson(ctx.cipher, input.nik, input.phone ? normalisePhone(input.phone) : null);
  let beneficiary = await em.findOne(BeneficiaryEntity, { enrolmentKey: idempotencyKey });
  if (beneficiary?.erasedAt) throw new DomainError('BENEFICIARY_ERASED');
  if (beneficiary && beneficiary.nikHash !== sealed.nikHash) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  const created = !beneficiary;
  let warnings: EnrolmentWarningObject[] = [];
  if (!beneficiary) {
    await assertCanEnrolFor(em, programme.id, input.facilitatorId);
    const cohort = input.cohortId ? await cohortForEnrolment(em, programme.id, input.cohortId, input.regionCode) : null;
    const row = em.create(BeneficiaryEntity, {
      id,
      ...sealed,
      name: input.name,
      sex: input.sex,
      birthDate: input.birthDate,
      disability: input.disability,
      regionCode: input.regionCode,
      programmeId: programme.id,
      cohortId: input.cohortId ?? null,
      vulnerableGroups: input.vulnerableGroups,
      accommodationNeeds: [],
      ethnicity: ethnicity.code,
      enrolmentKey: idempotencyKey,
      createdBy: actor.userId,
      createdAt: new Date(),
    });
    try {
      await em.transactional(async (tx) => {
        if (cohort) warnings = await checkCohortCapacity(tx, cohort, input.vulnerableGroups, rules);
        tx.persist(row);
        await tx.flush(); // the person first: evidence references them
        tx.create(EvidenceEntity, {
          id: deterministicUuid('selection', idempotencyKey),
          journeyId: id,
          kind: 'SELECTION',
          status: 'ACCEPTED',
          payloadSealed: sealForm(ctx.cipher, {
            ...input.selection,
            incomeToMinimumWageRatio: ratio,
            quotaGroups: selection.quotaGroups,
          }),
          createdBy: actor.userId,
          createdAt: new Date(),
        });
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException && /nik_hash/.test(err.message))
        throw new DomainError('DUPLICATE_NIK');
      throw err;
    }
    beneficiary = row;
  }

  const start: JourneyStart = {
    journeyId: beneficiary.id,
    programmeId: programme.id,
    rulesId: rules.programmeRulesId,
    rulesVersion: rules.version,
    cohortId: beneficiary.cohortId,
    regionCode: beneficiary.regionCode,
    facilitatorId: input.facilitatorId ?? null,
    vulnerableGroups: selection.quotaGroups,
    enrolledAt: beneficiary.createdAt.toISOString(),
    enrolledBy: actor,
  };
  const workflowId = journeyWorkflowId(beneficiary.id);
  try {
    await ctx.temporal.workflow.start('journeyWorkflow', {
      workflowId,
      taskQueue: ctx.config.taskQueue,
      // A published version travels with the journey (the workflow cannot read it); a bundled one is in its code.
      args: [{ start, ...(version.bundled ? {} : { rules }) } satisfies JourneyWorkflowInput],
    });
  } catch (err) {
    if (!isAlreadyStarted(err)) {
      if (created)
        await em
          .nativeDelete(EvidenceEntity, { journeyId: beneficiary.id })
          .then(() => em.nativeDelete(BeneficiaryEntity, { id: beneficiary.id }));
      throw fromTemporalError(err, () => false);
    }
  }
  try {
    const view = await ctx.temporal.workflow
      .getHandle(workflowId)
      .executeUpdate(syncUpdate, { args: [{ requestId: ctx.requestId }] });
    return { view, warnings };
  } catch (err) {
    throw fromTemporalError(err, () => false);
  }
}
