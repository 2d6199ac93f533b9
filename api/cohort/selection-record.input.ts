import { Field, ID, InputType } from 'type-graphql';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';
import type { SelectionRefusalReason } from '../../domain/cohort/selection-record.rules';
import { SexCode } from '../journey/journey-enums';
import { SelectionRefusalReasonEnum } from './cohort-enums';

@InputType({
  description:
    'A candidate who was not selected: only the facts quotas need (region, sex, disability, groups) and why; ' +
    'never a name, NIK or birth date.',
})
export class RecordSelectionRefusalInput {
  @Field(() => ID, { description: 'The programme (program).' }) programmeId!: string;
  @Field(() => ID, { description: 'The cohort the candidate applied to (in that programme).' }) cohortId!: string;
  @Field({ description: "The candidate's region code, e.g. the BPS code 52.71 (it must be in your scope)." })
  regionCode!: string;
  @Field(() => SexCode, { description: 'Sex of the candidate, for disaggregated figures.' }) sex!: Sex;
  @Field({ description: 'Whether the candidate has a disability.' }) disability!: boolean;
  @Field(() => [String], {
    description: 'Vulnerable groups of the candidate (codes such as DISABILITY), counted as applicants of quotas.',
  })
  vulnerableGroups!: string[];
  @Field(() => [SelectionRefusalReasonEnum], { description: 'Why the candidate was not selected; at least one.' })
  reasons!: SelectionRefusalReason[];
  @Field(() => String, {
    nullable: true,
    description: 'A short note (up to 1000 characters); required with reason OTHER. Never a name or NIK.',
  })
  note?: string | null;
  @Field({
    description: 'Client key (8-128 of A-Z a-z 0-9 _ - : .): the same key records the refusal once on retries.',
  })
  idempotencyKey!: string;
}
