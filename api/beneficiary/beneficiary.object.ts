import type { AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import type { FunctioningLevel } from '../../domain/inclusion/functioning.rules';
import { AccommodationNeedEnum, FunctioningLevelEnum } from '../inclusion/inclusion-enums';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';
import { SexCode } from '../journey/journey-enums';
import { JourneyObject } from '../journey/journey.object';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Beneficiary', {
  implements: NodeInterface,
  description:
    'A beneficiary (penerima manfaat): the person enrolled in a programme. The full NIK and phone number are ' +
    'never returned here (revealNik, revealPhone).',
})
export class BeneficiaryObject implements NodeInterface {
  @Field(() => ID, {
    description:
      'Global id of the beneficiary (Node): pass it to node(id:) and to beneficiaryId arguments. Their journey has ' +
      'its own (journey.id). Not the UUID: see beneficiaryId.',
  })
  id!: string;
  @Field(() => ID, { description: "The beneficiary's UUID, also their journey's (Journey.journeyId)." })
  beneficiaryId!: string;
  @Field({
    description:
      'Full name as enrolled; after erasure on request a pseudonym (Erased <first 8 characters of beneficiaryId>).',
  })
  name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'NIK with the middle eight digits masked, e.g. 3174********0001; null after erasure on request.',
  })
  nikMasked!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Phone number in national form, all but the first four and last three digits masked, e.g. 0812*****789; ' +
      'null when none was given or after erasure.',
  })
  phoneMasked!: string | null;
  @Field(() => SexCode, { description: 'Sex of the beneficiary.' }) sex!: Sex;
  @Field(() => LocalDateResolver, {
    description:
      'Date of birth (tanggal lahir); after erasure on request only its year is kept, as 1 July of that year.',
  })
  birthDate!: string;
  @Field({ description: 'Whether the beneficiary is a person with disability (penyandang disabilitas).' })
  disability!: boolean;
  @Field({ description: 'Region code where the beneficiary lives, e.g. a BPS code such as 52.71.' })
  regionCode!: string;
  @Field(() => ID, { description: 'Programme the beneficiary is enrolled in.' }) programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Cohort (angkatan) within the programme, if any.' }) cohortId!:
    string | null;
  @Field(() => [String], {
    description:
      'Vulnerable groups (kelompok rentan) the person belongs to, as given at enrolment, e.g. DISABILITY, ' +
      'FEMALE_HEAD_OF_HOUSEHOLD.',
  })
  vulnerableGroups!: string[];
  @Field(() => FunctioningLevelEnum, {
    nullable: true,
    description:
      'Disability level derived from the WG-SS answers (recordFunctioning): the most severe answer over the six ' +
      'domains; null until functioning is recorded. The answers themselves are sealed and never shown.',
  })
  disabilityLevel!: FunctioningLevel | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When functioning was last recorded; null: never.' })
  functioningRecordedAt!: Date | null;
  @Field(() => [AccommodationNeedEnum], {
    description: 'What the person needs to take part in sessions (recordAccommodationNeeds); empty: none recorded.',
  })
  accommodationNeeds!: AccommodationNeed[];
  @Field(() => String, {
    nullable: true,
    description: 'Ethnicity (suku) code, only where the programme collects it (rules inclusion.collectEthnicity).',
  })
  ethnicity!: string | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the personal data was erased on request (eraseBeneficiary); null while it is kept.',
  })
  erasedAt!: Date | null;
  @Field(() => JourneyObject, { nullable: true, description: 'The journey (null only for a moment after enrolment).' })
  journey?: JourneyObject | null;
}
