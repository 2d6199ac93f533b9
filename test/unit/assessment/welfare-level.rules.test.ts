import {
  compareWelfareLevels,
  deriveWelfareLevel,
  isWelfareAtLeast,
  isWelfareAtMost,
} from '../../../domain/assessment/welfare-level.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const rules = getProgrammeRules('default', 1); // VULNERABLE 0.5, MIDDLE 1.0, STABLE 1.5

describe('welfare level from income / regional minimum wage', () => {
  it.each([
    [0, 'POOR'],
    [0.49, 'POOR'],
    [0.5, 'VULNERABLE'],
    [0.99, 'VULNERABLE'],
    [1.0, 'MIDDLE'],
    [1.49, 'MIDDLE'],
    [1.5, 'STABLE'],
    [7, 'STABLE'],
  ] as const)('ratio %p is %s (thresholds are inclusive lower bounds)', (ratio, level) => {
    expect(deriveWelfareLevel(ratio, rules)).toBe(level);
  });

  it('orders the ladder POOR < VULNERABLE < MIDDLE < STABLE', () => {
    expect(compareWelfareLevels('POOR', 'STABLE')).toBeLessThan(0);
    expect(compareWelfareLevels('MIDDLE', 'MIDDLE')).toBe(0);
    expect(isWelfareAtLeast('STABLE', 'MIDDLE')).toBe(true);
    expect(isWelfareAtLeast('VULNERABLE', 'MIDDLE')).toBe(false);
    expect(isWelfareAtMost('VULNERABLE', 'VULNERABLE')).toBe(true);
    expect(isWelfareAtMost('MIDDLE', 'VULNERABLE')).toBe(false);
  });
});
