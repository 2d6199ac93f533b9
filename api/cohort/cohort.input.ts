import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { CohortStatus } from '../../domain/cohort/cohort.rules';
import { CohortStatusEnum } from './cohort-enums';

@InputType({ description: "A vulnerable group's minimum share of a cohort's enrolees." })
export class CohortQuotaInput {
  @Field({ description: 'Vulnerable-group code, 2-64 upper-case letters or _ (e.g. DISABILITY).' }) group!: string;
  @Field(() => Float, { description: 'Minimum share of enrolees in the group, percent (0-100).' })
  minPercent!: number;
}

@InputType({ description: 'A new cohort (angkatan) of a programme.' })
export class CreateCohortInput {
  @Field(() => ID, { description: 'Its id, a slug you choose (1-64 letters, digits, _ or -, e.g. ntb-2027-a).' })
  id!: string;
  @Field(() => ID, { description: 'The programme (program) in your scope.' }) programmeId!: string;
  @Field({ description: 'Name shown to staff, 1-200 characters.' }) name!: string;
  @Field({
    description: "BPS region prefix the members live in (e.g. 52.71); it must lie within your token's regions.",
  })
  regionCode!: string;
  @Field(() => LocalDateResolver, { description: 'When the cohort starts (YYYY-MM-DD).' }) startDate!: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Target groups (vulnerable-group codes such as FEMALE_HEAD_OF_HOUSEHOLD); none: everyone.',
  })
  targetGroups?: string[] | null;
  @Field(() => Int, { description: 'How many people the cohort plans to enrol (1-100000).' }) plannedSize!: number;
  @Field(() => [CohortQuotaInput], {
    nullable: true,
    description: "Vulnerable-group quotas; none: the programme rules' selection.vulnerableGroupQuotas.",
  })
  quotas?: CohortQuotaInput[] | null;
  @Field(() => CohortStatusEnum, { defaultValue: 'ENROLLING', description: 'Its status; ENROLLING by default.' })
  status!: CohortStatus;
  @Field(() => String, { nullable: true, description: 'Why, for the audit log (optional).' })
  reason?: string | null;
}

@InputType({ description: 'Changes to a cohort: only the fields given change; a reason is always required.' })
export class UpdateCohortInput {
  @Field(() => ID, { description: 'The cohort.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'New name, 1-200 characters.' }) name?: string | null;
  @Field(() => Int, { nullable: true, description: 'New planned size (1-100000).' }) plannedSize?: number | null;
  @Field(() => [CohortQuotaInput], { nullable: true, description: 'New quotas (replace the old ones).' })
  quotas?: CohortQuotaInput[] | null;
  @Field(() => CohortStatusEnum, { nullable: true, description: 'New status; a CLOSED cohort stays closed.' })
  status?: CohortStatus | null;
  @Field({ description: 'Why, for the audit log (1-500 characters).' }) reason!: string;
}
