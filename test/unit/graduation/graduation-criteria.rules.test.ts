import { evaluateGraduation } from '../../../domain/graduation/graduation-criteria.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const rules = getProgrammeRules('default', 1);
const facts = { evidenceId: 'ev', incomeToMinimumWageRatio: 1.1, businessRunning: true, mindsetChanged: true };

describe('graduation criteria (PENA: income above UMK and a changed mindset; rules README: graduation.*)', () => {
  it('proposes GRADUATE when every criterion is met', () => {
    const p = evaluateGraduation(facts, rules);
    expect(p.proposal).toBe('GRADUATE');
    expect(p.welfareLevel).toBe('MIDDLE');
    expect(p.criteria.map((c) => [c.criterion, c.met])).toEqual([
      ['INCOME_TO_MINIMUM_WAGE', true],
      ['WELFARE_LEVEL', true],
      ['BUSINESS_RUNNING', true],
      ['MINDSET_CHANGED', true],
    ]);
  });

  it('treats income exactly at the minimum wage as meeting the minimum', () => {
    expect(evaluateGraduation({ ...facts, incomeToMinimumWageRatio: 1.0 }, rules).proposal).toBe('GRADUATE');
    expect(evaluateGraduation({ ...facts, incomeToMinimumWageRatio: 0.99 }, rules).proposal).toBe('NOT_YET');
  });

  it.each([
    ['businessRunning', 'BUSINESS_RUNNING'],
    ['mindsetChanged', 'MINDSET_CHANGED'],
  ] as const)('proposes NOT_YET when %s is false, and says which criterion failed', (field, criterion) => {
    const p = evaluateGraduation({ ...facts, [field]: false }, rules);
    expect(p.proposal).toBe('NOT_YET');
    expect(p.criteria.filter((c) => !c.met).map((c) => c.criterion)).toEqual([criterion]);
  });

  it('drops criteria the rules do not require', () => {
    const lenient: ProgrammeRules = {
      ...rules,
      graduation: { ...rules.graduation, requireBusinessRunning: false, requireMindsetChange: false },
    };
    const p = evaluateGraduation({ ...facts, businessRunning: false, mindsetChanged: false }, lenient);
    expect(p.proposal).toBe('GRADUATE');
    expect(p.criteria.map((c) => c.criterion)).toEqual(['INCOME_TO_MINIMUM_WAGE', 'WELFARE_LEVEL']);
  });
});
