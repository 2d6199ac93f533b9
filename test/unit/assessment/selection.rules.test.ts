import { checkSelection, quotaStatus } from '../../../domain/assessment/selection.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const rules = getProgrammeRules('default', 1);
const candidate = {
  welfareLevel: 'POOR' as const,
  potentialScore: 3,
  committed: true,
  vulnerableGroups: [] as string[],
};

describe('selection criteria', () => {
  it('accepts a poor, committed candidate with potential', () => {
    expect(checkSelection(candidate, rules)).toEqual({ eligible: true, failures: [], quotaGroups: [] });
  });

  it('accepts the vulnerable but not the middle class (prioritise the poorest)', () => {
    expect(checkSelection({ ...candidate, welfareLevel: 'VULNERABLE' }, rules).eligible).toBe(true);
    expect(checkSelection({ ...candidate, welfareLevel: 'MIDDLE' }, rules).failures).toEqual([
      'WELFARE_LEVEL_TOO_HIGH',
    ]);
  });

  it('lists every failed criterion', () => {
    expect(
      checkSelection({ welfareLevel: 'STABLE', potentialScore: 1, committed: false, vulnerableGroups: [] }, rules)
        .failures,
    ).toEqual(['WELFARE_LEVEL_TOO_HIGH', 'POTENTIAL_TOO_LOW', 'NOT_COMMITTED']);
    expect(checkSelection({ ...candidate, potentialScore: 2 }, rules).eligible).toBe(true); // minimum is inclusive
    expect(checkSelection({ ...candidate, potentialScore: 9 }, rules).failures).toEqual(['INVALID_POTENTIAL_SCORE']);
  });

  it('names the quota groups a candidate counts towards', () => {
    expect(checkSelection({ ...candidate, vulnerableGroups: ['DISABILITY', 'YOUTH'] }, rules).quotaGroups).toEqual([
      'DISABILITY',
    ]);
  });

  it('reports cohort quota status', () => {
    const members = [
      { vulnerableGroups: ['DISABILITY'] },
      { vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'] },
      { vulnerableGroups: [] },
      { vulnerableGroups: [] },
    ];
    expect(quotaStatus(members, rules)).toEqual([
      { group: 'DISABILITY', minPercent: 10, count: 1, actualPercent: 25, met: true },
      { group: 'FEMALE_HEAD_OF_HOUSEHOLD', minPercent: 30, count: 1, actualPercent: 25, met: false },
    ]);
    expect(quotaStatus([], rules).every((q) => !q.met)).toBe(true);
  });
});
