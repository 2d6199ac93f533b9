import { EvidenceEntity, JourneyEntity } from '../../db/entities';
import { openForm } from '../../db/personal-data/sealed-forms';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { DomainError } from '../../domain/errors/error-codes';
import { incomeMeasureOf, measuredIncomeRatio } from '../../domain/graduation/income-measure.rules';
import {
  livelihoodFactsProblem,
  livelihoodSummary,
  type LivelihoodFacts,
  type LivelihoodSummary,
} from '../../domain/graduation/livelihood-facts.rules';
import type { GraphQLContext } from '../context';

export interface IncomeAnswer {
  monthlyFamilyIncome: number;
  regionalMinimumWage: number;
  /** Household size given with this form; absent: the assessment's (only read when the rules need it). */
  householdSize?: number | null;
}

/**
 * The income ratio the journey gets, measured as the journey's rules say (FAMILY or PER_CAPITA,
 * domain/graduation/income-measure.rules.ts). Per capita without a household size here falls back on the
 * assessment's; with neither: HOUSEHOLD_SIZE_REQUIRED. Rupiah stay in PostgreSQL: only the ratio travels.
 */
export async function measuredRatioFor(ctx: GraphQLContext, journeyId: string, income: IncomeAnswer): Promise<number> {
  const journey = await ctx.em.findOne(JourneyEntity, { id: journeyId }, { fields: ['id', 'rulesId', 'rulesVersion'] });
  if (!journey) throw new DomainError('NOT_FOUND', `No journey ${journeyId}`);
  const measure = incomeMeasureOf(await loadProgrammeRules(ctx.em, journey.rulesId, journey.rulesVersion));
  let householdSize = income.householdSize ?? null;
  if (measure.basis === 'PER_CAPITA' && householdSize === null) householdSize = await assessedSize(ctx, journeyId);
  const measured = measuredIncomeRatio(
    { monthlyFamilyIncome: income.monthlyFamilyIncome, householdSize },
    income.regionalMinimumWage,
    measure,
  );
  if (!measured.ok) throw new DomainError(measured.code, measured.message);
  return measured.ratio;
}

/** The household size the journey's latest accepted assessment recorded, or null. */
async function assessedSize(ctx: GraphQLContext, journeyId: string): Promise<number | null> {
  const rows = await ctx.em.find(
    EvidenceEntity,
    { journeyId, kind: 'ASSESSMENT', status: 'ACCEPTED' },
    { orderBy: { createdAt: 'desc' }, limit: 1 },
  );
  const form = rows[0] ? openForm(ctx.cipher, { payload_sealed: rows[0].payloadSealed, payload: rows[0].payload }) : {};
  const size = (form as { household?: { size?: unknown } }).household?.size;
  return typeof size === 'number' ? size : null;
}

/** The journey's part of the livelihood facts; contradictory facts are refused with LIVELIHOOD_FACTS_INCONSISTENT. */
export function livelihoodCommandFacts(facts: LivelihoodFacts): LivelihoodSummary {
  const problem = livelihoodFactsProblem(facts);
  if (problem) throw new DomainError('LIVELIHOOD_FACTS_INCONSISTENT', problem);
  return livelihoodSummary(facts);
}
