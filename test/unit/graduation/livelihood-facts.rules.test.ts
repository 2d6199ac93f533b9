import {
  incomeMeasureOf,
  LEGACY_INCOME_MEASURE,
  measuredIncomeRatio,
  meetsIncomeMinimum,
} from '../../../domain/graduation/income-measure.rules';
import { livelihoodFactsProblem, livelihoodSummary } from '../../../domain/graduation/livelihood-facts.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const job = {
  inWork: true,
  employerKind: 'COMPANY',
  formality: 'FORMAL',
  monthlyWage: 3_000_000,
  monthsInWork: 5,
} as const;

describe('livelihood facts (LIVELIHOOD_FACTS_INCONSISTENT when they contradict each other)', () => {
  it('accepts consistent employment and business facts and keeps only codes and counts', () => {
    const facts = {
      employment: job,
      business: { running: true, kind: 'FOOD', monthlyRevenue: 1e6, workers: 1 },
    } as const;
    expect(livelihoodFactsProblem(facts)).toBeNull();
    expect(livelihoodSummary(facts)).toEqual({ businessRunning: true, inWork: true, monthsInWork: 5 });
  });

  it.each([
    ['a wage without work', { employment: { inWork: false, monthlyWage: 900_000 } }, 'monthlyWage'],
    ['an employer without work', { employment: { inWork: false, employerKind: 'COMPANY' } }, 'employerKind'],
    ['months in work without work', { employment: { inWork: false, monthsInWork: 3 } }, 'monthsInWork'],
    ['work without its wage', { employment: { ...job, monthlyWage: null } }, 'monthlyWage'],
    ['work without its months', { employment: { ...job, monthsInWork: undefined } }, 'monthsInWork'],
    ['revenue of a closed business', { business: { running: false, monthlyRevenue: 100 } }, 'revenue'],
    ['a running business of no kind', { business: { running: true } }, 'kind'],
    ['businessRunning against business.running', { businessRunning: true, business: { running: false } }, 'disagrees'],
  ] as const)('refuses %s', (_name, facts, word) => {
    expect(livelihoodFactsProblem(facts)).toContain(word);
  });

  it('accepts zero wage and months for a person not in work, and no facts at all', () => {
    expect(livelihoodFactsProblem({ employment: { inWork: false, monthlyWage: 0, monthsInWork: 0 } })).toBeNull();
    expect(livelihoodSummary({})).toEqual({ businessRunning: false });
    expect(livelihoodSummary({ businessRunning: true })).toEqual({ businessRunning: true });
    expect(livelihoodSummary({ employment: { inWork: false } })).toEqual({
      businessRunning: false,
      inWork: false,
      monthsInWork: 0,
    });
  });
});

describe('income measure (incomeMeasure: FAMILY or PER_CAPITA; ABOVE or AT_LEAST)', () => {
  const perCapita = { basis: 'PER_CAPITA', comparison: 'ABOVE', perCapitaReferenceHouseholdSize: 4 } as const;

  it('measures the family income against the UMK on rules without a measure (v1-v4), inclusive', () => {
    expect(incomeMeasureOf(getProgrammeRules('default', 4))).toEqual(LEGACY_INCOME_MEASURE);
    expect(measuredIncomeRatio({ monthlyFamilyIncome: 2_500_000 }, 2_000_000, LEGACY_INCOME_MEASURE)).toEqual({
      ok: true,
      ratio: 1.25,
    });
    expect(meetsIncomeMinimum(1.0, 1.0, 'AT_LEAST')).toBe(true);
    expect(meetsIncomeMinimum(1.0, 1.0, 'ABOVE')).toBe(false);
    expect(meetsIncomeMinimum(1.001, 1.0, 'ABOVE')).toBe(true);
  });

  it('per capita sets income per member against the UMK shared by the reference household', () => {
    const income = 8_000_000;
    const umk = 2_000_000;
    expect(measuredIncomeRatio({ monthlyFamilyIncome: income, householdSize: 4 }, umk, perCapita)).toEqual({
      ok: true,
      ratio: income / 4 / (umk / 4),
    });
    expect(measuredIncomeRatio({ monthlyFamilyIncome: income, householdSize: 8 }, umk, perCapita)).toEqual({
      ok: true,
      ratio: Math.round((income / 8 / (umk / 4)) * 1000) / 1000,
    });
  });

  it('requires the household size per capita (HOUSEHOLD_SIZE_REQUIRED), and only then', () => {
    expect(measuredIncomeRatio({ monthlyFamilyIncome: 1 }, 2, perCapita)).toMatchObject({
      ok: false,
      code: 'HOUSEHOLD_SIZE_REQUIRED',
    });
    expect(measuredIncomeRatio({ monthlyFamilyIncome: 1, householdSize: 0 }, 2, perCapita)).toMatchObject({
      ok: false,
    });
    expect(measuredIncomeRatio({ monthlyFamilyIncome: 1 }, 2, { ...perCapita, basis: 'FAMILY' })).toMatchObject({
      ok: true,
    });
  });

  it('default v5 measures the family income strictly above the UMK (PENA)', () => {
    expect(incomeMeasureOf(getProgrammeRules('default', 5))).toMatchObject({ basis: 'FAMILY', comparison: 'ABOVE' });
  });
});
