import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { CohortQuota, CohortStatus } from '../../domain/cohort/cohort.rules';
import { CohortStatusEnum } from './cohort-enums';

@ObjectType('CohortQuota', { description: "A vulnerable group's minimum share of a cohort (the seed's quota)." })
export class CohortQuotaObject implements CohortQuota {
  @Field({ description: 'Vulnerable-group code, as in Beneficiary.vulnerableGroups (e.g. DISABILITY).' })
  group!: string;
  @Field(() => Float, { description: 'Minimum share of enrolees in the group, percent (0-100).' })
  minPercent!: number;
}

@ObjectType('Cohort', {
  description:
    'A cohort (angkatan): an intake of one programme in one region, with a target group, a planned size, ' +
    'vulnerable-group quotas and a status. Created by createCohort; enrolment names it by id.',
})
export class CohortObject {
  @Field(() => ID, { description: 'The cohort id: a slug given by its creator (e.g. ntb-2027-a).' }) id!: string;
  @Field(() => ID, { description: 'The programme (program) the cohort belongs to.' }) programmeId!: string;
  @Field({ description: 'Name shown to staff.' }) name!: string;
  @Field({
    description:
      "BPS region prefix (e.g. 52.71); every member's region starts with it. Empty: every region (nationwide).",
  })
  regionCode!: string;
  @Field(() => LocalDateResolver, { description: 'When the cohort starts (YYYY-MM-DD).' }) startDate!: string;
  @Field(() => [String], {
    description: 'Target groups (codes of the vulnerable-group vocabulary, e.g. FEMALE_HEAD_OF_HOUSEHOLD).',
  })
  targetGroups!: string[];
  @Field(() => Int, { description: 'How many people the cohort plans to enrol.' }) plannedSize!: number;
  @Field(() => [CohortQuotaObject], { description: "Vulnerable-group quotas; by default the programme rules'." })
  quotas!: CohortQuotaObject[];
  @Field(() => CohortStatusEnum, { description: 'PLANNED, ENROLLING, RUNNING or CLOSED.' }) status!: CohortStatus;
  @Field(() => Int, { description: 'Beneficiaries enrolled in the cohort (terdaftar), in your regions.' })
  enrolled!: number;
  @Field(() => Int, { description: 'Of those, journeys that are ACTIVE now (neither paused nor closed).' })
  activeJourneys!: number;
}
