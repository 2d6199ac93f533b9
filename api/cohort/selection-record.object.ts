import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';
import type { SelectionRefusalReason } from '../../domain/cohort/selection-record.rules';
import { SexCode } from '../journey/journey-enums';
import { SelectionRefusalReasonEnum } from './cohort-enums';

@ObjectType('SelectionRecord', {
  description:
    'A candidate refused at selection (no journey), kept so targeting is transparent and quotas count applicants.',
})
export class SelectionRecordObject {
  @Field(() => ID, { description: "The record's UUID." }) id!: string;
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field(() => ID, { description: 'The cohort applied to.' }) cohortId!: string;
  @Field({ description: "The candidate's region code." }) regionCode!: string;
  @Field(() => SexCode, { description: 'Sex of the candidate.' }) sex!: Sex;
  @Field({ description: 'Whether the candidate has a disability.' }) disability!: boolean;
  @Field(() => [String], { description: 'Vulnerable groups of the candidate.' }) vulnerableGroups!: string[];
  @Field(() => [SelectionRefusalReasonEnum], { description: 'Why the candidate was not selected.' })
  reasons!: SelectionRefusalReason[];
  @Field(() => String, { nullable: true, description: 'The note given, if any.' }) note!: string | null;
  @Field({ description: 'User id of who recorded it.' }) recordedBy!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) recordedAt!: Date;
}
