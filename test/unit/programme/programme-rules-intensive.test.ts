import { getProgrammeRules, validateProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const v5 = (): ProgrammeRules => JSON.parse(JSON.stringify(getProgrammeRules('default', 5))) as ProgrammeRules;

describe('intensive-support follow-through and graduation mentoring in the rules', () => {
  it.each(['default', 'training-sandbox'])('%s: only v5 carries them; v1-v4 keep their behaviour', (id) => {
    for (const version of [1, 2, 3, 4]) {
      const r = getProgrammeRules(id, version);
      expect(r.intensiveSupport.visitGraceDays).toBeUndefined();
      expect(r.intensiveSupport.significantChange).toBeUndefined();
      expect(r.intensiveSupport.alternativeAnswerDays).toBeUndefined();
      expect(r.graduationMentoring).toBeUndefined();
    }
    const r = getProgrammeRules(id, 5);
    expect(r.intensiveSupport.significantChange).toEqual({
      minIncomeRatioRise: 0.2,
      minWelfareLevelsUp: 1,
      businessStartedCounts: true,
      workStartedCounts: true,
    });
    const intervals = r.graduationMentoring!.visitIntervalsDays;
    expect(intervals).toHaveLength(3);
    expect(intervals.every((d, i) => i === 0 || d >= intervals[i - 1])).toBe(true);
    expect(validateProgrammeRules(r)).toEqual([]);
  });

  it('refuses a negative grace, a zero threshold, a non-boolean count and mentoring that grows more frequent', () => {
    const r = v5();
    r.intensiveSupport.visitGraceDays = -1;
    r.intensiveSupport.significantChange!.minIncomeRatioRise = 0;
    (r.intensiveSupport.significantChange as unknown as Record<string, unknown>).workStartedCounts = 'yes';
    r.intensiveSupport.alternativeAnswerDays = 0;
    r.graduationMentoring = { visitIntervalsDays: [28, 14] };
    const problems = validateProgrammeRules(r).join('\n');
    expect(problems).toMatch(/intensiveSupport.visitGraceDays must be a non-negative number/);
    expect(problems).toMatch(/significantChange.minIncomeRatioRise must be a positive number/);
    expect(problems).toMatch(/workStartedCounts must be true or false/);
    expect(problems).toMatch(/alternativeAnswerDays must be a positive number/);
    expect(problems).toMatch(/visitIntervalsDays must taper/);
  });
});
