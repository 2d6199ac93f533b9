import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { CreateOrganisationInput } from './organisation.input';
import { OrganisationObject } from './organisation.object';
import { createOrganisation, organisationsOf } from './organisation.service';

/** Organisations a programme works with (implementing partners and others): created by admins. */
@Resolver()
export class OrganisationResolver {
  @Mutation(() => OrganisationObject, {
    description:
      'An admin creates an organisation a programme works with (audited with the reason). Its id is the natural ' +
      'key: a retry with the same content returns it; other content under a taken id is ORGANISATION_ID_TAKEN.',
  })
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput, { description: 'The organisation.' }) input: CreateOrganisationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganisationObject> {
    return createOrganisation(ctx, input);
  }

  @Query(() => [OrganisationObject], { description: 'The organisations working in a programme, by id.' })
  organisations(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganisationObject[]> {
    return organisationsOf(ctx, programmeId);
  }
}
