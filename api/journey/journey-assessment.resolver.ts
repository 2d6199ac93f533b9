import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { needsFromAssessment } from '../../domain/assessment/assessment-needs.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg, OccurredAtArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse } from './journey-command.helpers';
import { AssessmentInput, FollowUpInput, ReEvaluationInput } from './inputs/assessment.input';
import { livelihoodCommandFacts, measuredRatioFor } from './livelihood-facts.service';

/**
 * Forms with incomes and answers: the raw form goes to PostgreSQL, the journey gets codes and a ratio measured
 * as its rules say (family or per capita), and for re-evaluations and follow-ups the livelihood summary (in
 * work, months in work, business running). The checks run as the command's precheck, so a refusal is audited
 * and changes nothing.
 */
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
    @OccurredAtArg() occurredAt: Date | undefined,
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
    const derived: { needs: typeof needs; incomeToMinimumWageRatio: number } = { needs, incomeToMinimumWageRatio: 0 };
    return commandResponse(ctx, 'submitAssessment', {
      journeyId,
      idempotencyKey,
      occurredAt,
      precheck: async () => {
        const household = input.household;
        if (household && household.memberMonthlyIncomes.length > household.size)
          throw new DomainError('VALIDATION_FAILED', 'household.memberMonthlyIncomes: at most one income per member');
        derived.incomeToMinimumWageRatio = await measuredRatioFor(ctx, journeyId, {
          ...input.income,
          householdSize: household?.size,
        });
      },
      evidence: { kind: 'ASSESSMENT', payload: { ...input, derived } },
      build: (evidenceId) => ({ type: 'submitAssessment', evidenceId, ...derived }),
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
    @OccurredAtArg() occurredAt: Date | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const payload: Record<string, unknown> = { ...input };
    const facts = { incomeToMinimumWageRatio: 0, ...livelihoodOf(input) };
    return commandResponse(ctx, 'submitReEvaluation', {
      journeyId,
      idempotencyKey,
      occurredAt,
      precheck: async () => {
        Object.assign(facts, livelihoodCommandFacts(input));
        payload.businessRunning = facts.businessRunning; // the figures read it from the evidence
        facts.incomeToMinimumWageRatio = await measuredRatioFor(ctx, journeyId, input);
        payload.incomeToMinimumWageRatio = facts.incomeToMinimumWageRatio;
      },
      evidence: { kind: 'RE_EVALUATION', payload },
      build: (evidenceId) => ({
        type: 'submitReEvaluation',
        evidenceId,
        ...facts,
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
    @OccurredAtArg() occurredAt: Date | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const payload: Record<string, unknown> = { ...input };
    const facts = { incomeToMinimumWageRatio: 0, ...livelihoodOf(input) };
    return commandResponse(ctx, 'recordFollowUp', {
      journeyId,
      idempotencyKey,
      occurredAt,
      precheck: async () => {
        Object.assign(facts, livelihoodCommandFacts(input));
        payload.businessRunning = facts.businessRunning; // the figures read it from the evidence
        facts.incomeToMinimumWageRatio = await measuredRatioFor(ctx, journeyId, input);
        payload.incomeToMinimumWageRatio = facts.incomeToMinimumWageRatio;
      },
      evidence: { kind: 'FOLLOW_UP', payload },
      build: (evidenceId) => ({ type: 'recordFollowUp', index: input.index, evidenceId, ...facts }),
    });
  }
}

/** The summary before the precheck has checked it (the precheck replaces it with the checked one). */
function livelihoodOf(input: ReEvaluationInput | FollowUpInput): { businessRunning: boolean } {
  return { businessRunning: input.business?.running ?? input.businessRunning ?? false };
}
