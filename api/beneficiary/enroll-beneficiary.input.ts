import {
  IsBoolean,
  IsInt,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
  ArrayMaxSize,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { PHONE_INPUT, SEXES, type Sex } from '../../domain/beneficiary/personal-data.rules';
import { NikScalar } from '../scalars/nik.scalar';
import { SexCode } from '../journey/journey-enums';

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
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyIncome!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' })
  @IsNumber()
  @Min(1)
  @Max(1e12)
  regionalMinimumWage!: number;
  @Field(() => Int, {
    description:
      'Potential to develop (motivation, skills, access to resources), scored 0-5 by the facilitator; the ' +
      'programme rules set a minimum.',
  })
  @IsInt()
  @Min(0)
  @Max(5)
  potentialScore!: number;
  @Field({ description: 'The person commits to take part actively; most programme rules require it.' })
  @IsBoolean()
  committed!: boolean;
}

@InputType({
  description: 'A person to enrol in a programme: identity, profile and the facts for the selection criteria.',
})
export class EnrollBeneficiaryInput {
  @Field(() => NikScalar, { description: 'National ID number (NIK): 16 digits, unique across Jejak.' })
  @Matches(/^\d{16}$/, { message: 'nik must be exactly 16 digits' })
  nik!: string;
  @Field({
    nullable: true,
    description:
      'Phone number, optional: Indonesian format starting +62, 62 or 0 (e.g. 0812-3456-7890), stored encrypted ' +
      'as +62...; shown masked (phoneMasked).',
  })
  @IsOptional()
  @IsString()
  @Matches(PHONE_INPUT, {
    message: 'phone must be an Indonesian number: +62, 62 or 0 then 8-12 digits (spaces or dashes allowed)',
  })
  phone?: string;
  @Field({ description: 'Full name, 1-200 characters.' }) @IsString() @Length(1, 200) name!: string;
  // Checked here too: CSV rows (enrolBeneficiariesCsv) are validated by these rules, not by the GraphQL enum.
  @Field(() => SexCode, { description: 'Sex of the beneficiary.' }) @IsIn(SEXES) sex!: Sex;
  @Field(() => LocalDateResolver, { description: 'Date of birth (tanggal lahir), YYYY-MM-DD.' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate!: string;
  @Field({ description: 'Whether the person has a disability (penyandang disabilitas).' })
  @IsBoolean()
  disability!: boolean;
  @Field({
    description: 'Region code where the person lives: 2-20 letters, digits, dots or dashes, e.g. the BPS code 52.71.',
  })
  @Matches(/^[A-Za-z0-9.-]{2,20}$/, {
    message: 'regionCode must be 2-20 letters, digits, dots or dashes (e.g. a BPS code 52.71)',
  })
  regionCode!: string;
  @Field(() => ID, { description: 'Id of an existing programme (see Query.programmes); its rules apply.' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Cohort (angkatan) within the programme, optional; 1-64 letters, digits, _ or -.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  cohortId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'User id of the facilitator (pendamping) to assign, optional; a manager can reassign later.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  facilitatorId?: string;
  @Field(() => [String], {
    defaultValue: [],
    description:
      'Vulnerable groups (kelompok rentan) the person belongs to, upper-case codes such as DISABILITY or ' +
      'FEMALE_HEAD_OF_HOUSEHOLD (quota groups of the programme rules); at most 20.',
  })
  @ArrayMaxSize(20)
  @Matches(/^[A-Z_]{2,64}$/, { each: true })
  vulnerableGroups!: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'Ethnicity (suku) code, only where the programme collects it (rules inclusion.collectEthnicity): 1-32 ' +
      'upper-case letters, digits or _; ETHNICITY_NOT_COLLECTED otherwise. Feeds the ETHNICITY breakdown.',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{1,32}$/)
  ethnicity?: string | null;
  @Field(() => SelectionInput, { description: 'Facts for the selection criteria.' })
  @ValidateNested()
  selection!: SelectionInput;
}
