import type { GraduationProposal, ReEvaluationFacts } from '../journey/journey.types';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import { deriveWelfareLevel, isWelfareAtLeast } from '../assessment/welfare-level.rules';

/**
 * Proposes GRADUATE or NOT_YET from re-evaluation facts. The only graduation rule in the seeds is
 * PENA's: income above the regional minimum wage (UMK) and a changed mindset (rules README, Sources
 * of the process: graduation); the matrix figure is missing, so the thresholds come from the rules
 * (rules README: the `graduation.*` rows). The ratio minimum is inclusive (a "min"); default-v1 sets
 * it to 1.0, i.e. income at least the UMK.
 * The proposal is advice: the manager decides, and a contrary decision needs a reason.
 */
export function evaluateGraduation(facts: ReEvaluationFacts, rules: ProgrammeRules): GraduationProposal {
  const g = rules.graduation;
  const welfareLevel = deriveWelfareLevel(facts.incomeToMinimumWageRatio, rules);
  const criteria: GraduationProposal['criteria'] = [
    {
      criterion: 'INCOME_TO_MINIMUM_WAGE',
      met: facts.incomeToMinimumWageRatio >= g.minIncomeToMinimumWageRatio,
      detail:
        `income/minimum wage ${facts.incomeToMinimumWageRatio} ` +
        `(needs >= ${g.minIncomeToMinimumWageRatio}; rules graduation.minIncomeToMinimumWageRatio)`,
    },
    {
      criterion: 'WELFARE_LEVEL',
      met: isWelfareAtLeast(welfareLevel, g.minWelfareLevel),
      detail: `welfare level ${welfareLevel} (needs ${g.minWelfareLevel} or above; rules graduation.minWelfareLevel)`,
    },
  ];
  if (g.requireBusinessRunning) {
    criteria.push({
      criterion: 'BUSINESS_RUNNING',
      met: facts.businessRunning,
      detail: `business running: ${facts.businessRunning} (rules graduation.requireBusinessRunning)`,
    });
  }
  if (g.requireMindsetChange) {
    criteria.push({
      criterion: 'MINDSET_CHANGED',
      met: facts.mindsetChanged,
      detail: `mindset changed: ${facts.mindsetChanged} (rules graduation.requireMindsetChange)`,
    });
  }
  return { proposal: criteria.every((c) => c.met) ? 'GRADUATE' : 'NOT_YET', welfareLevel, criteria };
}
