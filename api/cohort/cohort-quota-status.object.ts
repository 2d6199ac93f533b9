import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CohortQuotaLine', { description: 'One quota of a cohort against its applicants and enrolees.' })
export class CohortQuotaLineObject {
  @Field({ description: 'Vulnerable-group code.' }) group!: string;
  @Field(() => Float, { description: 'Minimum share of enrolees in the group, percent.' }) minPercent!: number;
  @Field(() => Int, { description: 'Applicants in the group: enrolled plus refused at selection.' })
  applicants!: number;
  @Field(() => Int, { description: 'Enrolees in the group.' }) enrolled!: number;
  @Field(() => Float, { description: 'Share of enrolees in the group, percent (one decimal); 0 with nobody enrolled.' })
  enrolledPercent!: number;
  @Field({ description: 'Whether the share of enrolees in the group reaches minPercent.' }) met!: boolean;
  @Field({
    description:
      'Whether the quota can no longer be met at the planned size: its enrolees plus every seat left fall short.',
  })
  atRisk!: boolean;
}

@ObjectType('CohortQuotaStatus', {
  description:
    "A cohort's seats and quotas over applicants (enrolled + refused at selection) and enrolees: counts only, " +
    'over the whole cohort, never a person.',
})
export class CohortQuotaStatusObject {
  @Field(() => ID, { description: 'The cohort.' }) cohortId!: string;
  @Field(() => Int, { description: 'Planned size of the cohort.' }) plannedSize!: number;
  @Field(() => Int, { description: 'People enrolled in it.' }) enrolled!: number;
  @Field(() => Int, { description: 'Seats left before the planned size (0 when past it).' }) seatsLeft!: number;
  @Field(() => Int, { description: 'Applicants: enrolled plus refused at selection.' }) applicants!: number;
  @Field(() => Int, { description: 'Candidates refused at selection (selection records).' }) refused!: number;
  @Field(() => [CohortQuotaLineObject], { description: 'One line per quota of the cohort.' })
  quotas!: CohortQuotaLineObject[];
}
