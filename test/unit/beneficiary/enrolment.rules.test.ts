import { ENROLLING_ROLES, judgeEnrolment } from '../../../domain/beneficiary/enrolment.rules';
import { DomainError } from '../../../domain/errors/error-codes';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const rules = getProgrammeRules('default', 1);
const person = {
  vulnerableGroups: [] as string[],
  selection: { monthlyIncome: 1_000_000, regionalMinimumWage: 2_500_000, potentialScore: 3, committed: true },
};
const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'NOT_A_DOMAIN_ERROR';
  }
};

describe('judging an enrolment', () => {
  it('accepts an eligible person with their income ratio and no ethnicity', () => {
    expect(judgeEnrolment(person, rules)).toEqual({ ethnicity: null, ratio: 0.4, quotaGroups: [] });
  });

  it('refuses a person the selection criteria do not admit, naming the failures', () => {
    const uncommitted = { ...person, selection: { ...person.selection, committed: false } };
    expect(codeOf(() => judgeEnrolment(uncommitted, rules))).toBe('SELECTION_CRITERIA_NOT_MET');
    try {
      judgeEnrolment(uncommitted, rules);
    } catch (err) {
      expect((err as DomainError).details).toEqual({ failures: ['NOT_COMMITTED'] });
    }
  });

  it('refuses an ethnicity where the programme does not collect it', () => {
    expect(codeOf(() => judgeEnrolment({ ...person, ethnicity: 'SASAK' }, rules))).toBe('ETHNICITY_NOT_COLLECTED');
  });

  it('lets managers and facilitators enrol, no one else', () => {
    expect([...ENROLLING_ROLES].sort()).toEqual(['facilitator', 'manager']);
  });
});
