import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { CaseloadHandOver } from './hand-over.object';
import { HandOverCaseloadInput } from './hand-over.input';
import { handOverCaseload } from './hand-over.service';

/** Handing one facilitator's caseload to another in one command. */
@Resolver()
export class HandOverResolver {
  @Mutation(() => CaseloadHandOver, {
    description:
      'Moves every open journey of one facilitator to another (the manager, or the coordinator of both): each ' +
      "journey's reassignFacilitator is applied once and audited. Refused whole, moving nothing, when the new " +
      'facilitator is not active in the programme (STAFF_NOT_ASSIGNED) or would pass their caseload limit ' +
      '(CASELOAD_LIMIT_REACHED).',
  })
  handOverCaseload(
    @Arg('input', () => HandOverCaseloadInput, { description: 'Who hands over to whom, why, and the key.' })
    input: HandOverCaseloadInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CaseloadHandOver> {
    return handOverCaseload(ctx, input);
  }
}
