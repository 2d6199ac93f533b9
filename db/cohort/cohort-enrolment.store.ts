import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { regionInCohort } from '../../domain/cohort/cohort.rules';
import { enrolmentCapacityFindings, type EnrolmentWarning } from '../../domain/cohort/cohort-quota.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { CohortEntity } from '../entities';

/**
 * The cohort a person is enrolled into: it exists in the programme (COHORT_NOT_FOUND), takes enrolments
 * (COHORT_NOT_ENROLLING) and the person's region lies in its region (COHORT_REGION_MISMATCH).
 */
export async function cohortForEnrolment(
  em: EntityManager,
  programmeId: string,
  cohortId: string,
  regionCode: string,
): Promise<CohortEntity> {
  const cohort = await em.findOne(CohortEntity, { id: cohortId, programmeId });
  if (!cohort) throw new DomainError('COHORT_NOT_FOUND', `No cohort ${cohortId} in programme ${programmeId}`);
  if (cohort.status !== 'ENROLLING')
    throw new DomainError('COHORT_NOT_ENROLLING', `Cohort ${cohortId} is ${cohort.status}, not ENROLLING`, {
      status: cohort.status,
    });
  if (!regionInCohort(cohort.regionCode, regionCode))
    throw new DomainError(
      'COHORT_REGION_MISMATCH',
      `Region ${regionCode} is outside cohort ${cohortId}'s region ${cohort.regionCode}`,
    );
  return cohort;
}

/**
 * Inside the enrolment's transaction: locks the cohort row (enrolments into one cohort queue here, so two
 * cannot both take its last seat), counts its members and applies the rules' capacity policy. A REFUSE finding
 * throws (the transaction rolls back: nothing changes); WARN findings come back as warnings.
 */
export async function checkCohortCapacity(
  tx: EntityManager,
  cohort: CohortEntity,
  personGroups: readonly string[],
  rules: Pick<ProgrammeRules, 'selection'>,
): Promise<EnrolmentWarning[]> {
  const conn = tx.getConnection();
  const trx = tx.getTransactionContext<Knex.Transaction>();
  await conn.execute('select id from cohort where id = ? for update', [cohort.id], 'all', trx);
  const [total] = await conn.execute<{ enrolled: number }[]>(
    'select count(*)::int as enrolled from beneficiary where programme_id = ? and cohort_id = ?',
    [cohort.programmeId, cohort.id],
    'all',
    trx,
  );
  const groups = await conn.execute<{ group: string; enrolled: number }[]>(
    `select g as "group", count(*)::int as enrolled
       from beneficiary b cross join lateral jsonb_array_elements_text(b.vulnerable_groups) g
      where b.programme_id = ? and b.cohort_id = ? group by g`,
    [cohort.programmeId, cohort.id],
    'all',
    trx,
  );
  const findings = enrolmentCapacityFindings(
    cohort.quotas,
    { plannedSize: cohort.plannedSize, enrolled: total.enrolled, groups },
    personGroups,
    rules,
  );
  const refusal = findings.find((f) => f.action === 'REFUSE');
  if (refusal) {
    throw new DomainError(
      refusal.code === 'OVER_PLANNED_SIZE' ? 'COHORT_OVER_PLANNED_SIZE' : 'COHORT_QUOTA_AT_RISK',
      refusal.message,
      { group: refusal.group },
    );
  }
  return findings.map(({ code, group, message }) => ({ code, group, message }));
}
