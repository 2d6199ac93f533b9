import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Cohort', {
  description:
    'A cohort (angkatan): beneficiaries of one programme enrolled under the same cohort id. There is no cohort ' +
    'table: cohorts are the distinct (programmeId, cohortId) pairs of the beneficiary table, counted when asked; a ' +
    'cohort exists once someone is enrolled in it.',
})
export class CohortObject {
  @Field(() => ID, { description: 'The cohort id given at enrolment.' }) id!: string;
  @Field(() => ID, { description: 'The programme (program) the cohort belongs to.' }) programmeId!: string;
  @Field(() => Int, { description: 'Beneficiaries enrolled in the cohort (terdaftar).' }) enrolled!: number;
  @Field(() => Int, { description: 'Of those, journeys that are ACTIVE now (neither paused nor closed).' })
  activeJourneys!: number;
}
