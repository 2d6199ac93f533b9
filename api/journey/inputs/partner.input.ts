import { IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ORGANISATION_ID } from '../../../domain/organisation/organisation.rules';

@InputType({ description: 'The organisation (implementing partner) a journey is assigned to.' })
export class AssignPartnerInput {
  @Field(() => ID, { description: "The organisation: one working in the journey's programme (Query.organisations)." })
  @Matches(ORGANISATION_ID)
  organisationId!: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
