import { IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Moves every open journey of one facilitator to another in one command, with a reason.' })
export class HandOverCaseloadInput {
  @Field(() => ID, { description: 'The programme whose journeys move (must be in your scope).' })
  @Matches(/^[A-Za-z0-9_\-:.]{1,128}$/)
  programmeId!: string;
  @Field(() => ID, { description: 'User id of the facilitator handing their caseload over.' })
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  fromFacilitatorId!: string;
  @Field(() => ID, {
    description: 'User id of the facilitator taking it: an active facilitator of the programme, within their limit.',
  })
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  toFacilitatorId!: string;
  @Field({ description: "Why (required), at most 4000 characters; kept with every journey's reassignment." })
  @IsString()
  @MaxLength(4000)
  reason!: string;
  @Field({
    description:
      'Client key (8-128 of A-Z a-z 0-9 _ - : .): the same hand-over again moves nothing twice; each ' +
      "journey's reassignment key derives from it and the journey id.",
  })
  @IsString()
  idempotencyKey!: string;
}
