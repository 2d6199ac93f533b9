import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import type { EnrolmentJudgement } from '../../domain/beneficiary/enrolment.rules';
import type { EnrolmentWarning } from '../../domain/cohort/cohort-quota.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { checkCohortCapacity } from '../cohort/cohort-enrolment.store';
import { BeneficiaryEntity, EvidenceEntity, type CohortEntity } from '../entities';
import type { sealPerson } from '../personal-data/sealed-columns';
import { sealForm } from '../personal-data/sealed-forms';
import { deterministicUuid } from '../shared/deterministic-id';
import type { EnrolmentFields } from './enrolment-fields.validator';

/** A new person's row, ready to store: ids, sealed NIK and phone, the judged facts. */
export interface NewEnrolment {
  id: string;
  idempotencyKey: string;
  input: EnrolmentFields;
  sealed: ReturnType<typeof sealPerson>;
  judgement: EnrolmentJudgement;
  programmeId: string;
  cohort: CohortEntity | null;
  rules: ProgrammeRules;
  createdBy: string;
}

/**
 * Stores the person and their selection evidence (sealed) in one transaction, after the cohort's capacity check
 * (locked, so two enrolments cannot both take its last seat): its WARN findings come back. A NIK already enrolled
 * is DUPLICATE_NIK and nothing is stored.
 */
export async function insertEnrolment(
  em: EntityManager,
  cipher: FieldCipher,
  e: NewEnrolment,
): Promise<{ row: BeneficiaryEntity; warnings: EnrolmentWarning[] }> {
  const { input } = e;
  const row = em.create(BeneficiaryEntity, {
    id: e.id,
    ...e.sealed,
    name: input.name,
    sex: input.sex,
    birthDate: input.birthDate,
    disability: input.disability,
    regionCode: input.regionCode,
    programmeId: e.programmeId,
    cohortId: input.cohortId ?? null,
    vulnerableGroups: input.vulnerableGroups,
    accommodationNeeds: [],
    ethnicity: e.judgement.ethnicity,
    enrolmentKey: e.idempotencyKey,
    createdBy: e.createdBy,
    createdAt: new Date(),
  });
  let warnings: EnrolmentWarning[] = [];
  try {
    await em.transactional(async (tx) => {
      if (e.cohort) warnings = await checkCohortCapacity(tx, e.cohort, input.vulnerableGroups, e.rules);
      tx.persist(row);
      await tx.flush(); // the person first: evidence references them
      tx.create(EvidenceEntity, {
        id: deterministicUuid('selection', e.idempotencyKey),
        journeyId: e.id,
        kind: 'SELECTION',
        status: 'ACCEPTED',
        payloadSealed: sealForm(cipher, {
          ...input.selection,
          incomeToMinimumWageRatio: e.judgement.ratio,
          quotaGroups: e.judgement.quotaGroups,
        }),
        createdBy: e.createdBy,
        createdAt: new Date(),
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && /nik_hash/.test(err.message))
      throw new DomainError('DUPLICATE_NIK');
    throw err;
  }
  return { row, warnings };
}

/** Removes a person stored by an enrolment whose journey could not start, so the refusal changes nothing. */
export async function removeEnrolment(em: EntityManager, id: string): Promise<void> {
  await em.nativeDelete(EvidenceEntity, { journeyId: id });
  await em.nativeDelete(BeneficiaryEntity, { id });
}
