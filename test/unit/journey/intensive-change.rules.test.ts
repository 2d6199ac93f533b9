import { cycleChange, measureChange, pointOf } from '../../../domain/journey/intensive-change.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { WelfareLevel } from '../../../domain/programme/programme-rules.types';

const V5 = getProgrammeRules('default', 5);
const V4 = getProgrammeRules('default', 4);
const thresholds = V5.intensiveSupport.significantChange!;
const point = (at: string, ratio: number, level: WelfareLevel, business: boolean) =>
  pointOf({ at, incomeToMinimumWageRatio: ratio, businessRunning: business, proposal: { welfareLevel: level } });

describe('"no significant change" measured between a cycle\'s start and its review', () => {
  it('no dimension at its threshold is no significant change, each dimension shown with its threshold', () => {
    const change = measureChange(
      point('t0', 0.6, 'VULNERABLE', false),
      point('t1', 0.7, 'VULNERABLE', false),
      thresholds,
    );
    expect(change.significant).toBe(false);
    expect(change.dimensions).toEqual([
      { dimension: 'INCOME', from: 0.6, to: 0.7, change: 0.1, threshold: 0.2, significant: false },
      { dimension: 'WELFARE_LEVEL', from: 1, to: 1, change: 0, threshold: 1, significant: false },
      { dimension: 'BUSINESS_RUNNING', from: 0, to: 0, change: 0, threshold: 1, significant: false },
      { dimension: 'IN_WORK', from: 0, to: 0, change: 0, threshold: 1, significant: false },
    ]);
  });

  it('an income rise of exactly the threshold is significant (inclusive), whatever the other dimensions', () => {
    const change = measureChange(
      point('t0', 0.6, 'VULNERABLE', false),
      point('t1', 0.8, 'VULNERABLE', false),
      thresholds,
    );
    expect(change.dimensions.find((d) => d.dimension === 'INCOME')).toMatchObject({ change: 0.2, significant: true });
    expect(change.significant).toBe(true);
  });

  it('a step up the welfare ladder, or a business started, is significant on its own', () => {
    const up = measureChange(point('t0', 0.45, 'POOR', false), point('t1', 0.55, 'VULNERABLE', false), thresholds);
    expect(up.dimensions.map((d) => [d.dimension, d.significant])).toEqual([
      ['INCOME', false],
      ['WELFARE_LEVEL', true],
      ['BUSINESS_RUNNING', false],
      ['IN_WORK', false],
    ]);
    const started = measureChange(
      point('t0', 0.6, 'VULNERABLE', false),
      point('t1', 0.6, 'VULNERABLE', true),
      thresholds,
    );
    expect(started.significant).toBe(true);
    const notCounted = measureChange(point('t0', 0.6, 'VULNERABLE', false), point('t1', 0.6, 'VULNERABLE', true), {
      ...thresholds,
      businessStartedCounts: false,
    });
    expect(notCounted.dimensions[2]).toMatchObject({ threshold: null, significant: false });
    expect(notCounted.significant).toBe(false);
  });

  it('in work at the review, not before, is significant (job track); not counted without the setting', () => {
    const before = pointOf({
      at: 't0',
      incomeToMinimumWageRatio: 0.6,
      businessRunning: false,
      proposal: { welfareLevel: 'VULNERABLE' },
    });
    const after = pointOf({
      at: 't1',
      incomeToMinimumWageRatio: 0.6,
      businessRunning: false,
      inWork: true,
      proposal: { welfareLevel: 'VULNERABLE' },
    });
    expect(before.inWork).toBe(false);
    const working = measureChange(before, after, thresholds);
    expect(working.dimensions.at(-1)).toEqual({
      dimension: 'IN_WORK',
      from: 0,
      to: 1,
      change: 1,
      threshold: 1,
      significant: true,
    });
    expect(working.significant).toBe(true);
    const { workStartedCounts: _ignored, ...withoutWork } = thresholds;
    expect(measureChange(before, after, withoutWork).significant).toBe(false);
  });

  it('a fall is a negative change, never significant', () => {
    const fall = measureChange(point('t0', 1.0, 'MIDDLE', true), point('t1', 0.4, 'POOR', false), thresholds);
    expect(fall.dimensions.map((d) => d.change)).toEqual([-0.6, -2, -1, 0]);
    expect(fall.significant).toBe(false);
  });

  it('measures from the last re-evaluation before the cycle started; none under rules without thresholds (v4)', () => {
    const earlier = [
      {
        at: '2026-01-01T00:00:00.000Z',
        incomeToMinimumWageRatio: 0.3,
        businessRunning: false,
        proposal: { welfareLevel: 'POOR' as const },
      },
      {
        at: '2026-02-01T00:00:00.000Z',
        incomeToMinimumWageRatio: 0.6,
        businessRunning: false,
        proposal: { welfareLevel: 'VULNERABLE' as const },
      },
      {
        at: '2026-04-01T00:00:00.000Z',
        incomeToMinimumWageRatio: 0.9,
        businessRunning: false,
        proposal: { welfareLevel: 'VULNERABLE' as const },
      },
    ];
    const review = {
      at: '2026-06-01T00:00:00.000Z',
      incomeToMinimumWageRatio: 0.7,
      businessRunning: false,
      proposal: { welfareLevel: 'VULNERABLE' as const },
    };
    const change = cycleChange('2026-03-01T00:00:00.000Z', earlier, review, V5);
    expect(change?.from.at).toBe('2026-02-01T00:00:00.000Z');
    expect(change?.dimensions[0]).toMatchObject({ from: 0.6, to: 0.7, change: 0.1 });
    expect(cycleChange('2026-03-01T00:00:00.000Z', earlier, review, V4)).toBeNull();
    expect(cycleChange('2025-12-01T00:00:00.000Z', earlier, review, V5)).toBeNull();
  });
});
