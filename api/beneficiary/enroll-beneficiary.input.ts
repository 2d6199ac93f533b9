import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { applyEnrolmentRules, applySelectionRules } from '../../db/beneficiary/enrolment-fields.validator';
import { type Sex } from '../../domain/beneficiary/personal-data.rules';
import { NikScalar } from '../scalars/nik.scalar';
import { SexCode } from '../journey/journey-enums';

// Each input's field rules (class-validator) are the ones a CSV row is checked by, applied from db/beneficiary.

@InputType({
  description:
    'Facts for the selection criteria (kriteria seleksi; rules README, Sources of the process: selection). The ' +
    'server refuses enrolment (SELECTION_CRITERIA_NOT_MET) if the programme rules are not met; the facts are stored ' +
    'as evidence on the server, never sent to the workflow.',
})
export class SelectionInput {
  @Field(() => Float, {
    description:
      'Average monthly household income (pendapatan keluarga), rupiah per month. Divided by ' +
      'regionalMinimumWage it gives the welfare level checked at selection.',
  })
  monthlyIncome!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' })
  regionalMinimumWage!: number;
  @Field(() => Int, {
    description:
      'Potential to develop (motivation, skills, access to resources), scored 0-5 by the facilitator; the ' +
      'programme rules set a minimum.',
  })
  potentialScore!: number;
  @Field({ description: 'The person commits to take part actively; most programme rules require it.' })
  committed!: boolean;
}
applySelectionRules(SelectionInput);

@InputType({
  description: 'A person to enrol in a programme: identity, profile and the facts for the selection criteria.',
})
export class EnrollBeneficiaryInput {
  @Field(() => NikScalar, { description: 'National ID number (NIK): 16 digits, unique across Jejak.' })
  nik!: string;
  @Field({
    nullable: true,
    description:
      'Phone number, optional: Indonesian format starting +62, 62 or 0 (e.g. 0812-3456-7890), stored encrypted ' +
      'as +62...; shown masked (phoneMasked).',
  })
  phone?: string;
  @Field({ description: 'Full name, 1-200 characters.' }) name!: string;
  @Field(() => SexCode, { description: 'Sex of the beneficiary.' }) sex!: Sex;
  @Field(() => LocalDateResolver, { description: 'Date of birth (tanggal lahir), YYYY-MM-DD.' })
  birthDate!: string;
  @Field({ description: 'Whether the person has a disability (penyandang disabilitas).' })
  disability!: boolean;
  @Field({
    description: 'Region code where the person lives: 2-20 letters, digits, dots or dashes, e.g. the BPS code 52.71.',
  })
  regionCode!: string;
  @Field(() => ID, { description: 'Id of an existing programme (see Query.programmes); its rules apply.' })
  programmeId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Cohort (angkatan) within the programme, optional; 1-64 letters, digits, _ or -.',
  })
  cohortId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'User id of the facilitator (pendamping) to assign, optional; a manager can reassign later.',
  })
  facilitatorId?: string;
  @Field(() => [String], {
    defaultValue: [],
    description:
      'Vulnerable groups (kelompok rentan) the person belongs to, upper-case codes such as DISABILITY or ' +
      'FEMALE_HEAD_OF_HOUSEHOLD (quota groups of the programme rules); at most 20.',
  })
  vulnerableGroups!: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'Ethnicity (suku) code, only where the programme collects it (rules inclusion.collectEthnicity): 1-32 ' +
      'upper-case letters, digits or _; ETHNICITY_NOT_COLLECTED otherwise. Feeds the ETHNICITY breakdown.',
  })
  ethnicity?: string | null;
  @Field(() => SelectionInput, { description: 'Facts for the selection criteria.' })
  selection!: SelectionInput;
}
applyEnrolmentRules(EnrollBeneficiaryInput);
