import { ageBandOf, ageOn, validateAgeBands } from '../../../domain/indicator/age-band.rules';
import { definitionOf, INDICATOR_CATALOGUE } from '../../../domain/indicator/indicator-catalogue';
import type { IndicatorFigure } from '../../../domain/indicator/indicator.types';
import { listLogframes, logframeFor } from '../../../domain/indicator/logframe.registry';
import { suppressSmallCells } from '../../../domain/indicator/small-cell.rules';
import { attendancePoints, mean, median, ratio } from '../../../domain/indicator/statistics';
import { listProgrammeRules } from '../../../domain/programme/programme-rules.registry';

describe('indicator rules', () => {
  it('counts age in whole years on the day, birthdays included', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('2008-02-29', '2026-02-28T23:00:00Z')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('puts ages in the logframe bands, the last one open-ended', () => {
    const bands = logframeFor('default').ageBands;
    expect([0, 17, 18, 24, 25, 44, 45, 59, 60, 104].map((a) => ageBandOf(a, bands))).toEqual([
      'UNDER_18',
      'UNDER_18',
      'AGE_18_24',
      'AGE_18_24',
      'AGE_25_34',
      'AGE_35_44',
      'AGE_45_59',
      'AGE_45_59',
      'AGE_60_PLUS',
      'AGE_60_PLUS',
    ]);
    expect(() =>
      validateAgeBands([
        { code: 'A', min: 0, max: 10 },
        { code: 'B', min: 12, max: null },
      ]),
    ).toThrow(/must start at 11/);
    expect(() =>
      validateAgeBands([
        { code: 'A', min: 0, max: null },
        { code: 'B', min: 1, max: 2 },
      ]),
    ).toThrow(/open-ended/);
  });

  it('computes ratios, medians and means without dividing by zero', () => {
    expect(ratio(3, 4)).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(ratio(0, 0).value).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    expect(['PRESENT', 'PARTIAL', 'ABSENT'].map(attendancePoints)).toEqual([1, 0.5, 0]);
  });

  it('withholds cells of fewer people than the threshold, and only those', () => {
    const figure: IndicatorFigure = {
      key: 'graduation_rate',
      level: 'OUTCOME',
      unit: 'RATIO',
      numerator: 6,
      denominator: 10,
      value: 0.6,
      breakdown: [
        { dimension: 'DISABILITY', group: 'WITH_DISABILITY', numerator: 1, denominator: 2, value: 0.5 },
        { dimension: 'DISABILITY', group: 'WITHOUT_DISABILITY', numerator: 5, denominator: 8, value: 0.625 },
        { dimension: 'REGION', group: '31', numerator: 0, denominator: 0, value: null },
      ],
    };
    const [out] = suppressSmallCells([figure], 5);
    expect(out).toMatchObject({ numerator: 6, denominator: 10, suppressed: false });
    expect(out.breakdown.map((g) => [g.group, g.suppressed, g.numerator, g.value])).toEqual([
      ['WITH_DISABILITY', true, 0, null],
      ['WITHOUT_DISABILITY', false, 5, 0.625],
      ['31', false, 0, null],
    ]);
  });

  it(
    'has a logframe for every programme rules id, each row realised by a built-in indicator, ' +
      'targets from the spec',
    () => {
      for (const rules of listProgrammeRules())
        expect(logframeFor(rules.programmeRulesId).programmeRulesId).toBe(rules.programmeRulesId);
      for (const lf of listLogframes()) {
        for (const row of lf.rows) expect(INDICATOR_CATALOGUE).toContainEqual(definitionOf(row.indicatorKey));
        expect(new Set(lf.rows.map((r) => r.level))).toEqual(new Set(['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY']));
      }
      const targets = Object.fromEntries(logframeFor('default').rows.map((r) => [r.id, r.target]));
      expect(targets).toMatchObject({
        'outcome-business-1y': 0.7,
        'outcome-income-30': 0.3,
        'output-understanding-80': 0.8,
        'output-business-start-50': 0.5,
        'output-trained': 100,
      });
      // The 1-year business row reads the follow-up 12 months after graduation, which the default schedule has.
      expect(logframeFor('default').rows.find((r) => r.id === 'outcome-business-1y')!.indicatorKey).toBe(
        'business_running:follow_up_month:12',
      );
      expect(listProgrammeRules().find((r) => r.programmeRulesId === 'default')!.followUpScheduleMonths).toContain(12);
    },
  );
});
