import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { BeneficiaryObject } from './beneficiary.object';
import { toBeneficiaryObject } from './beneficiary.resolver';
import { eraseBeneficiary } from './beneficiary-erasure.service';

@Resolver()
export class BeneficiaryErasureResolver {
  @Mutation(() => BeneficiaryObject, {
    description:
      "Erasure on request: replaces the beneficiary's name with a pseudonym, removes NIK and phone, keeps only the " +
      'year of birth and blanks free-text notes, keeping sex, disability, region, programme, the journey and the ' +
      'audit log so figures and the audit chain stay valid. Managers in scope, with a written reason; written to ' +
      'the audit log (source ERASURE). Same idempotencyKey, same answer; erasing an erased beneficiary again is ' +
      'BENEFICIARY_ERASED. Cannot be undone.',
  })
  async eraseBeneficiary(
    @Arg('beneficiaryId', () => ID, {
      description: 'The beneficiary: their id (Beneficiary.id), or their UUID (Beneficiary.beneficiaryId).',
    })
    beneficiaryId: string,
    @Arg('reason', () => String, {
      description:
        'Why (e.g. the written request and its date), 10-500 characters, without personal data: kept in the ' +
        'audit log, which erasure cannot change.',
    })
    reason: string,
    @Arg('idempotencyKey', () => String, {
      description: 'Client key (8-128 of A-Z a-z 0-9 _ - : .): retrying with it answers the erased record again.',
    })
    idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BeneficiaryObject> {
    return toBeneficiaryObject(await eraseBeneficiary(ctx, beneficiaryId, reason, idempotencyKey), ctx.cipher);
  }
}
