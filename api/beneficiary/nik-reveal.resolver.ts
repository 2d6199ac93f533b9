import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { revealNik } from './nik-reveal.service';

@Resolver()
export class NikRevealResolver {
  @Mutation(() => String, {
    description: "Reveals a beneficiary's full NIK (elsewhere it is always masked). Managers and auditors in scope only, with a written reason; every reveal is written to the audit log (source READ) before the NIK is answered.",
  })
  async revealNik(
    @Arg('beneficiaryId', () => ID, { description: 'The beneficiary (= journey) id, a UUID.' }) beneficiaryId: string,
    @Arg('reason', () => String, { description: 'Why the full NIK is needed (10-500 characters); kept in the audit log.' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return revealNik(ctx, beneficiaryId, reason);
  }
}
