import type { GraduationProposal, ReEvaluationFacts } from '../journey/journey.types';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { deriveWelfareLevel, isWelfareAtLeast } from '../assessment/welfare-level.rules';
import type { LivelihoodTrack } from './livelihood-track.rules';
import { comparisonSign, incomeMeasureOf, meetsIncomeMinimum } from './income-measure.rules';

type Criteria = GraduationProposal['criteria'];

/**
 * Proposes GRADUATE or NOT_YET from re-evaluation facts. The only graduation rule in the seeds is
 * PENA's: income above the regional minimum wage (UMK) and a changed mindset (rules README, Sources
 * of the process: graduation); the matrix figure is missing, so the thresholds come from the rules
 * (rules README: the `graduation.*` rows). Without `incomeMeasure` (v1-v4) the ratio minimum is inclusive
 * (default-v1 sets it to 1.0, i.e. income at least the UMK); v5 says ABOVE or AT_LEAST.
 * With `graduation.byTrack` (v5) the livelihood criterion follows the journey's track: JOB, in work for at
 * least `minMonthsInWork` months (MONTHS_IN_WORK); BUSINESS, a running business (BUSINESS_RUNNING). Without
 * it, BUSINESS_RUNNING when `requireBusinessRunning`, for everyone, as before tracks.
 * The proposal is advice: the manager decides, and a contrary decision needs a reason.
 */
export function evaluateGraduation(
  facts: ReEvaluationFacts,
  rules: ProgrammeRules,
  track: LivelihoodTrack = 'BUSINESS',
): GraduationProposal {
  const g = rules.graduation;
  const welfareLevel = deriveWelfareLevel(facts.incomeToMinimumWageRatio, rules);
  const comparison = incomeMeasureOf(rules).comparison;
  const criteria: Criteria = [
    {
      criterion: 'INCOME_TO_MINIMUM_WAGE',
      met: meetsIncomeMinimum(facts.incomeToMinimumWageRatio, g.minIncomeToMinimumWageRatio, comparison),
      detail:
        `income/minimum wage ${facts.incomeToMinimumWageRatio} ` +
        `(needs ${comparisonSign(comparison)} ${g.minIncomeToMinimumWageRatio}; ` +
        'rules graduation.minIncomeToMinimumWageRatio)',
    },
    {
      criterion: 'WELFARE_LEVEL',
      met: isWelfareAtLeast(welfareLevel, g.minWelfareLevel),
      detail: `welfare level ${welfareLevel} (needs ${g.minWelfareLevel} or above; rules graduation.minWelfareLevel)`,
    },
    ...livelihoodCriteria(facts, rules, track),
  ];
  if (g.requireMindsetChange) {
    criteria.push({
      criterion: 'MINDSET_CHANGED',
      met: facts.mindsetChanged,
      detail: `mindset changed: ${facts.mindsetChanged} (rules graduation.requireMindsetChange)`,
    });
  }
  return { proposal: criteria.every((c) => c.met) ? 'GRADUATE' : 'NOT_YET', welfareLevel, criteria };
}

function livelihoodCriteria(facts: ReEvaluationFacts, rules: ProgrammeRules, track: LivelihoodTrack): Criteria {
  const g = rules.graduation;
  const businessRunning = (rule: string): Criteria => [
    {
      criterion: 'BUSINESS_RUNNING',
      met: facts.businessRunning,
      detail: `business running: ${facts.businessRunning} (${rule})`,
    },
  ];
  if (!g.byTrack) return g.requireBusinessRunning ? businessRunning('rules graduation.requireBusinessRunning') : [];
  if (track === 'BUSINESS')
    return g.byTrack.BUSINESS.requireBusinessRunning
      ? businessRunning('track BUSINESS; rules graduation.byTrack.BUSINESS.requireBusinessRunning')
      : [];
  const minimum = g.byTrack.JOB.minMonthsInWork;
  const months = facts.inWork ? (facts.monthsInWork ?? 0) : 0;
  return [
    {
      criterion: 'MONTHS_IN_WORK',
      met: facts.inWork === true && months >= minimum,
      detail:
        `in work: ${facts.inWork === true}, ${months} month(s) ` +
        `(needs ${minimum} or more; track JOB; rules graduation.byTrack.JOB.minMonthsInWork)`,
    },
  ];
}
