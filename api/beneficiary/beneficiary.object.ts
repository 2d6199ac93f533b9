import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { SexCode } from '../journey/journey-enums';
import { JourneyObject } from '../journey/journey.object';

@ObjectType({ description: 'A beneficiary (penerima manfaat). The full NIK is never returned here.' })
export class BeneficiaryObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'NIK with the middle eight digits masked, e.g. 3174********0001.' }) nikMasked!: string;
  @Field(() => SexCode) sex!: string;
  @Field(() => LocalDateResolver, { description: 'Date of birth (tanggal lahir).' }) birthDate!: string;
  @Field() disability!: boolean;
  @Field() regionCode!: string;
  @Field() programmeId!: string;
  @Field(() => String, { nullable: true }) cohortId!: string | null;
  @Field(() => [String]) vulnerableGroups!: string[];
  @Field(() => JourneyObject, { nullable: true, description: 'The journey (null only for a moment after enrolment).' })
  journey?: JourneyObject | null;
}

export const maskNik = (nik: string): string => `${nik.slice(0, 4)}********${nik.slice(12)}`;
