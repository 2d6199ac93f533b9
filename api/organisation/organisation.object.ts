import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { OrganisationKind } from '../../domain/organisation/organisation.rules';
import { OrganisationKindCode } from './organisation-enums';

@ObjectType('Organisation', {
  description:
    'An organisation a programme works with (mitra pelaksana and others). Partners act for the organisations ' +
    "listed in their token's scope.organisations.",
})
export class OrganisationObject {
  @Field(() => ID, { description: 'The organisation id (a slug), as named in scope.organisations.' }) id!: string;
  @Field({ description: 'Its name, e.g. "Yayasan BICARA".' }) name!: string;
  @Field(() => OrganisationKindCode, { description: 'What kind of organisation it is.' }) kind!: OrganisationKind;
  @Field(() => [ID], { description: 'The programmes it works in.' }) programmeIds!: string[];
  @Field(() => [String], { description: 'The regions (BPS codes) it works in.' }) regionCodes!: string[];
  @Field({ description: 'Who created it (user id).' }) createdBy!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was created.' }) createdAt!: Date;
}
