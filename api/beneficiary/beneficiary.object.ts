import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { SexCode } from '../journey/journey-enums';
import { JourneyObject } from '../journey/journey.object';

@ObjectType('Beneficiary', { description: 'A beneficiary (penerima manfaat): the person enrolled in a programme. The full NIK is never returned here.' })
export class BeneficiaryObject {
  @Field(() => ID, { description: 'Beneficiary id (UUID); also the id of their journey.' }) id!: string;
  @Field({ description: 'Full name as enrolled.' }) name!: string;
  @Field({ description: 'NIK with the middle eight digits masked, e.g. 3174********0001.' }) nikMasked!: string;
  @Field(() => SexCode, { description: 'Sex of the beneficiary.' }) sex!: string;
  @Field(() => LocalDateResolver, { description: 'Date of birth (tanggal lahir).' }) birthDate!: string;
  @Field({ description: 'Whether the beneficiary is a person with disability (penyandang disabilitas).' }) disability!: boolean;
  @Field({ description: 'Region code where the beneficiary lives, e.g. a BPS code such as 52.71.' }) regionCode!: string;
  @Field({ description: 'Programme the beneficiary is enrolled in.' }) programmeId!: string;
  @Field(() => String, { nullable: true, description: 'Cohort (angkatan) within the programme, if any.' }) cohortId!: string | null;
  @Field(() => [String], { description: 'Vulnerable groups (kelompok rentan) the person belongs to, as given at enrolment, e.g. DISABILITY, FEMALE_HEAD_OF_HOUSEHOLD.' })
  vulnerableGroups!: string[];
  @Field(() => JourneyObject, { nullable: true, description: 'The journey (null only for a moment after enrolment).' })
  journey?: JourneyObject | null;
}

export const maskNik = (nik: string): string => `${nik.slice(0, 4)}********${nik.slice(12)}`;
