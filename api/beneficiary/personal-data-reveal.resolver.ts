import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { revealPersonalField } from './personal-data-reveal.service';

const idArg = {
  description: 'The beneficiary: their id (Beneficiary.id), or their UUID (Beneficiary.beneficiaryId).',
};
const reasonArg = (what: string) => ({
  description: `Why the full ${what} is needed (10-500 characters); kept in the audit log.`,
});

@Resolver()
export class PersonalDataRevealResolver {
  @Mutation(() => String, {
    description:
      "Reveals a beneficiary's full NIK (elsewhere it is always masked). Managers and auditors in scope only, " +
      'with a written reason; every reveal is written to the audit log (source READ) before the NIK is ' +
      'answered. BENEFICIARY_ERASED after erasure on request.',
  })
  async revealNik(
    @Arg('beneficiaryId', () => ID, idArg) beneficiaryId: string,
    @Arg('reason', () => String, reasonArg('NIK')) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    const nik = await revealPersonalField(ctx, beneficiaryId, reason, 'nik');
    if (nik === null) throw new DomainError('BENEFICIARY_ERASED');
    return nik;
  }

  @Mutation(() => String, {
    nullable: true,
    description:
      "Reveals a beneficiary's full phone number (+62..., elsewhere masked as phoneMasked); null when none was " +
      'given. Same rules as revealNik: managers and auditors in scope, a written reason, one audit row (source ' +
      'READ) per reveal before the number is answered.',
  })
  async revealPhone(
    @Arg('beneficiaryId', () => ID, idArg) beneficiaryId: string,
    @Arg('reason', () => String, reasonArg('phone number')) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    return revealPersonalField(ctx, beneficiaryId, reason, 'phone');
  }
}
