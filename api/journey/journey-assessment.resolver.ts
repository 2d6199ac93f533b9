import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { incomeToMinimumWageRatio, needsFromAssessment } from '../../domain/assessment/assessment-needs.rules';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse } from './journey-command.helpers';
import { AssessmentInput, FollowUpInput, ReEvaluationInput } from './inputs/assessment.input';

/** Forms with incomes and answers: the raw form goes to PostgreSQL, the journey gets codes and a ratio. */
@Resolver()
export class JourneyAssessmentResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The facilitator (pendamping) submits the needs assessment (asesmen kebutuhan) in stage ENROLLED. The ' +
      'server stores the form, derives need codes and the welfare level, proposes modules and moves the journey ' +
      'to PLANNING.',
  })
  submitAssessment(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => AssessmentInput, { description: 'The assessment form.' }) input: AssessmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const n = input.needs;
    const needs = needsFromAssessment({
      skills: { needed: n.skillsNeeded, preference: n.skillsPreference ?? null },
      mentoring: { needed: n.mentoringNeeded, types: n.mentoringTypes },
      capital: { needed: n.capitalNeeded, lacksFinancialManagement: n.lacksFinancialManagement },
      market: { needed: n.marketNeeded },
      education: { lowEducationOrBasicSkills: n.lowEducationOrBasicSkills },
    });
    const ratio = incomeToMinimumWageRatio(input.income.monthlyFamilyIncome, input.income.regionalMinimumWage);
    return commandResponse(ctx, 'submitAssessment', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'ASSESSMENT', payload: { ...input, derived: { needs, incomeToMinimumWageRatio: ratio } } },
      build: (evidenceId) => ({ type: 'submitAssessment', evidenceId, needs, incomeToMinimumWageRatio: ratio }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator submits the re-evaluation (evaluasi ulang) in stage RE_EVALUATION. The server checks ' +
      'the graduation criteria (income against UMK/UMR, welfare level, business, mindset) into a GRADUATE or ' +
      'NOT_YET proposal and moves the journey to GRADUATION_REVIEW for the manager.',
  })
  submitReEvaluation(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ReEvaluationInput, { description: 'The re-evaluation facts.' }) input: ReEvaluationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const ratio = incomeToMinimumWageRatio(input.monthlyFamilyIncome, input.regionalMinimumWage);
    return commandResponse(ctx, 'submitReEvaluation', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'RE_EVALUATION', payload: { ...input, incomeToMinimumWageRatio: ratio } },
      build: (evidenceId) => ({
        type: 'submitReEvaluation',
        evidenceId,
        incomeToMinimumWageRatio: ratio,
        businessRunning: input.businessRunning,
        mindsetChanged: input.mindsetChanged,
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator records the next post-graduation follow-up (income and business continuity) in stage ' +
      'GRADUATED; the last one completes the journey (COMPLETED).',
  })
  recordFollowUp(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => FollowUpInput, { description: 'The follow-up facts.' }) input: FollowUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const ratio = incomeToMinimumWageRatio(input.monthlyFamilyIncome, input.regionalMinimumWage);
    return commandResponse(ctx, 'recordFollowUp', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'FOLLOW_UP', payload: { ...input, incomeToMinimumWageRatio: ratio } },
      build: (evidenceId) => ({
        type: 'recordFollowUp',
        index: input.index,
        evidenceId,
        incomeToMinimumWageRatio: ratio,
        businessRunning: input.businessRunning,
      }),
    });
  }
}
