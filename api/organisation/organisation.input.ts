import { Field, ID, InputType } from 'type-graphql';
import type { OrganisationKind } from '../../domain/organisation/organisation.rules';
import { OrganisationKindCode } from './organisation-enums';

@InputType({ description: 'An organisation a programme works with, created by an admin.' })
export class CreateOrganisationInput {
  @Field(() => ID, {
    description: 'Its id: a slug of 2-63 lower-case letters, digits or dashes (e.g. yayasan-bicara), never reused.',
  })
  id!: string;
  @Field({ description: 'Its name (2-200 characters).' }) name!: string;
  @Field(() => OrganisationKindCode, { description: 'What kind of organisation it is.' }) kind!: OrganisationKind;
  @Field(() => [ID], { description: 'The existing programmes it works in (1-50).' }) programmeIds!: string[];
  @Field(() => [String], { description: 'The regions (BPS codes, e.g. 52 or 52.71) it works in (1-500).' })
  regionCodes!: string[];
  @Field({ description: 'Why it is created (10-500 characters), kept in the audit log.' }) reason!: string;
}
