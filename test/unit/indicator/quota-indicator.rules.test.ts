import { definitionOf } from '../../../domain/indicator/indicator-catalogue';
import { applicableQuotas, quotaKey, quotaTargets } from '../../../domain/indicator/quota-indicator.rules';
import { indicatorLabel } from '../../../domain/report/indicator-text';

describe('vulnerable-group quota indicators', () => {
  const rules = [
    { group: 'DISABILITY', minPercent: 10 },
    { group: 'FEMALE_HEAD_OF_HOUSEHOLD', minPercent: 30 },
  ];

  it("compares a cohort's figures with the cohort's own quotas, even when it has none", () => {
    const cohort = [{ group: 'INDIGENOUS', minPercent: 5 }];
    expect(applicableQuotas(cohort, rules)).toEqual(cohort);
    expect(applicableQuotas([], rules)).toEqual([]);
  });

  it("compares programme-wide figures with the programme rules' quotas", () => {
    expect(applicableQuotas(null, rules)).toEqual(rules);
  });

  it('gives each quota group a key and its minimum share as a ratio target, as logframe ratio targets are', () => {
    expect(quotaKey('DISABILITY')).toBe('quota:DISABILITY');
    expect([...quotaTargets(rules)]).toEqual([
      ['quota:DISABILITY', 0.1],
      ['quota:FEMALE_HEAD_OF_HOUSEHOLD', 0.3],
    ]);
    expect(quotaTargets([{ group: 'ELDERLY', minPercent: 0 }]).get('quota:ELDERLY')).toBe(0);
  });

  it('is an output ratio over the people enrolled in the same group, named in both languages', () => {
    expect(definitionOf('quota:DISABILITY')).toMatchObject({
      family: 'quota',
      level: 'OUTPUT',
      unit: 'RATIO',
      denominator: 'enrolled',
    });
    expect(indicatorLabel('en', 'quota:DISABILITY')).toMatch(/^Vulnerable-group quota: /);
    expect(indicatorLabel('id', 'quota:DISABILITY')).toMatch(/^Kuota kelompok rentan: /);
  });
});
