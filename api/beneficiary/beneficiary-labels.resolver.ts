import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { labelDescription as d, requiredLabel } from '../i18n/label-field';
import { BeneficiaryObject } from './beneficiary.object';

/** `<code>Label` fields of a beneficiary, in the request's language (see api/i18n/label-field.ts). */
@Resolver(() => BeneficiaryObject)
export class BeneficiaryLabelsResolver {
  @FieldResolver(() => String, { description: d('The sex', 'Perempuan', 'Female') })
  sexLabel(@Root() b: BeneficiaryObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'sex', b.sex);
  }
}
