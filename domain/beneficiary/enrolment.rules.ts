import { checkSelection } from '../assessment/selection.rules';
import { deriveWelfareLevel } from '../assessment/welfare-level.rules';
import { DomainError } from '../errors/error-codes';
import { checkEthnicity } from '../inclusion/ethnicity.rules';
import { inclusionRules } from '../inclusion/inclusion-rules.types';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import type { Role } from '../journey/journey-codes';

/** The roles that enrol beneficiaries (one by one, from a CSV or by a background import). */
export const ENROLLING_ROLES: readonly Role[] = ['manager', 'facilitator'];

/** What a person's enrolment is judged on: their selection facts, vulnerable groups and ethnicity. */
export interface EnrolmentFacts {
  ethnicity?: string | null;
  vulnerableGroups: string[];
  selection: { monthlyIncome: number; regionalMinimumWage: number; potentialScore: number; committed: boolean };
}

/** An eligible person: their ethnicity code as stored, income to minimum wage ratio and quota groups. */
export interface EnrolmentJudgement {
  ethnicity: string | null;
  ratio: number;
  quotaGroups: string[];
}

/**
 * The programme rules' verdict on enrolling a person: the ethnicity must be one the programme collects
 * (checkEthnicity's codes) and the selection criteria met (SELECTION_CRITERIA_NOT_MET with the failures).
 */
export function judgeEnrolment(facts: EnrolmentFacts, rules: ProgrammeRules): EnrolmentJudgement {
  const ethnicity = checkEthnicity(facts.ethnicity, inclusionRules(rules));
  if (!ethnicity.ok) throw new DomainError(ethnicity.code, ethnicity.message);
  const ratio = facts.selection.monthlyIncome / facts.selection.regionalMinimumWage;
  const selection = checkSelection(
    {
      welfareLevel: deriveWelfareLevel(ratio, rules),
      potentialScore: facts.selection.potentialScore,
      committed: facts.selection.committed,
      vulnerableGroups: facts.vulnerableGroups,
    },
    rules,
  );
  if (!selection.eligible)
    throw new DomainError('SELECTION_CRITERIA_NOT_MET', `Not eligible: ${selection.failures.join(', ')}`, {
      failures: selection.failures,
    });
  return { ethnicity: ethnicity.code, ratio, quotaGroups: selection.quotaGroups };
}
