import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { CaseloadFiguresObject } from './caseload-figures.object';
import { myCaseloadFigures } from './caseload-figures.service';

@Resolver()
export class CaseloadFiguresResolver {
  @Query(() => CaseloadFiguresObject, {
    description:
      'Caseload figures of one facilitator for a period: a facilitator reads their own (another facilitatorId is ' +
      'NOT_YOUR_CASELOAD); a manager names the facilitator, counted within the manager’s programmes and regions.',
  })
  myCaseloadFigures(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'Programme; must be in your scope.' }) programmeId: string,
    @Arg('from', () => LocalDateResolver, { description: 'First day of the period, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'Last day of the period, YYYY-MM-DD (inclusive).' })
    to: string,
    @Arg('facilitatorId', () => ID, {
      nullable: true,
      description: 'The facilitator (user id); omitted: yourself (facilitators). Managers must give it.',
    })
    facilitatorId?: string | null,
  ): Promise<CaseloadFiguresObject> {
    return myCaseloadFigures(ctx, { programmeId, from, to, facilitatorId });
  }
}
