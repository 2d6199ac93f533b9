import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import { BeneficiaryObject } from '../beneficiary/beneficiary.object';
import { toBeneficiaryObject } from '../beneficiary/beneficiary.resolver';
import type { GraphQLContext } from '../context';
import { JourneyIdArg } from '../journey/command-args';
import { FunctioningInput, toFunctioningAnswers } from './functioning.input';
import { AccommodationNeedEnum } from './inclusion-enums';
import { recordAccommodationNeeds, recordFunctioning } from './inclusion-record.service';

const KeyArg = () =>
  Arg('idempotencyKey', () => String, {
    description: 'Client key (8-128 of A-Z a-z 0-9 _ - : .): retrying with it answers the person as recorded.',
  });

@Resolver()
export class InclusionResolver {
  @Mutation(() => BeneficiaryObject, {
    description:
      "Records the person's functioning as the Washington Group Short Set: the answers are sealed at rest and " +
      'never shown back; the derived disabilityLevel (the most severe answer) and the yes/no disability (a domain ' +
      "at or past the rules' inclusion.disabilityCutOff) are stored for lists and figures. A disability yes/no " +
      'given that contradicts the answers is DISABILITY_DISAGREES_WITH_FUNCTIONING. Audited (source INCLUSION). ' +
      'Facilitators on their caseload, managers in scope.',
  })
  async recordFunctioning(
    @JourneyIdArg() journeyId: string,
    @Arg('answers', () => FunctioningInput, { description: 'The six WG-SS answers.' }) answers: FunctioningInput,
    @Arg('disability', () => Boolean, {
      nullable: true,
      description: 'Optional: the yes/no as the person or a document states it, checked against the answers.',
    })
    disability: boolean | null | undefined,
    @KeyArg() idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BeneficiaryObject> {
    const row = await recordFunctioning(ctx, journeyId, toFunctioningAnswers(answers), disability, idempotencyKey);
    return toBeneficiaryObject(row, ctx.cipher);
  }

  @Mutation(() => BeneficiaryObject, {
    description:
      "Records the person's accommodation needs (the list replaces the one recorded; empty: none). They are shown " +
      'on the journey, on group members and groups, when a group session is scheduled, and counted per cohort. ' +
      'Audited (source INCLUSION). Facilitators on their caseload, managers in scope.',
  })
  async recordAccommodationNeeds(
    @JourneyIdArg() journeyId: string,
    @Arg('needs', () => [AccommodationNeedEnum], { description: 'What the person needs to take part (each once).' })
    needs: AccommodationNeed[],
    @KeyArg() idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BeneficiaryObject> {
    return toBeneficiaryObject(await recordAccommodationNeeds(ctx, journeyId, needs, idempotencyKey), ctx.cipher);
  }
}
