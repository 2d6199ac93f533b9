import { compareWelfareLevels } from '../assessment/welfare-level.rules';
import type { IntensiveSupportRules, WelfareLevel } from '../programme/programme-rules.types';
import { CHANGE_DIMENSIONS, type ChangeDimension } from './journey-codes';

/**
 * "No significant change" measured (domain spec 3.6 step 4: measure change objectively with clear indicators
 * [001:3904-3907]; rules README, default v5: `intensiveSupport.significantChange`). A point is what a re-evaluation
 * found; the change between the point before an intensive cycle and the point at its review is measured per
 * dimension, and it is significant when any one dimension reaches its threshold.
 *
 * To add a dimension, add it to CHANGE_DIMENSIONS, to ChangePoint (and pointOf), and a measure below; nothing else
 * changes (IN_WORK, the job track's, was added that way).
 */
export interface ChangePoint {
  at: string;
  incomeToMinimumWageRatio: number;
  welfareLevel: WelfareLevel;
  businessRunning: boolean;
  /** In work (job track); a re-evaluation that did not record it counts as not in work. */
  inWork: boolean;
}

/** What a re-evaluation records, as far as change is concerned. */
export interface ReEvaluationPoint {
  at: string;
  incomeToMinimumWageRatio: number;
  businessRunning: boolean;
  inWork?: boolean;
  proposal: { welfareLevel: WelfareLevel };
}

export function pointOf(r: ReEvaluationPoint): ChangePoint {
  return {
    at: r.at,
    incomeToMinimumWageRatio: r.incomeToMinimumWageRatio,
    welfareLevel: r.proposal.welfareLevel,
    businessRunning: r.businessRunning,
    inWork: r.inWork === true,
  };
}

/**
 * One dimension's change: `from` and `to` as numbers (income: ratio to the minimum wage; welfare level: steps on
 * the ladder from POOR = 0; business running, in work: 1 or 0), `change` = to - from, and the threshold it was
 * held against (null: the rules do not count this dimension).
 */
export interface DimensionChange {
  dimension: ChangeDimension;
  from: number;
  to: number;
  change: number;
  threshold: number | null;
  significant: boolean;
}

export interface MeasuredChange {
  from: ChangePoint;
  to: ChangePoint;
  dimensions: DimensionChange[];
  significant: boolean;
}

type Thresholds = NonNullable<IntensiveSupportRules['significantChange']>;
type Measure = (p: ChangePoint, t: Thresholds) => { value: number; threshold: number | null };

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

const MEASURES: Record<ChangeDimension, Measure> = {
  INCOME: (p, t) => ({ value: p.incomeToMinimumWageRatio, threshold: t.minIncomeRatioRise }),
  WELFARE_LEVEL: (p, t) => ({ value: compareWelfareLevels(p.welfareLevel, 'POOR'), threshold: t.minWelfareLevelsUp }),
  BUSINESS_RUNNING: (p, t) => ({ value: p.businessRunning ? 1 : 0, threshold: t.businessStartedCounts ? 1 : null }),
  IN_WORK: (p, t) => ({ value: p.inWork ? 1 : 0, threshold: t.workStartedCounts ? 1 : null }),
};

export function measureChange(from: ChangePoint, to: ChangePoint, thresholds: Thresholds): MeasuredChange {
  const dimensions = CHANGE_DIMENSIONS.map((dimension): DimensionChange => {
    const before = MEASURES[dimension](from, thresholds);
    const after = MEASURES[dimension](to, thresholds);
    const change = round3(after.value - before.value);
    const threshold = after.threshold;
    return {
      dimension,
      from: before.value,
      to: after.value,
      change,
      threshold,
      significant: threshold !== null && change >= threshold - 1e-9,
    };
  });
  return { from, to, dimensions, significant: dimensions.some((d) => d.significant) };
}

/**
 * The change over the cycle that just ended: from the last re-evaluation before the cycle started to `review`.
 * Null when the rules set no thresholds (v1-v4) or there is no earlier re-evaluation.
 */
export function cycleChange(
  cycleStartedAt: string,
  earlier: readonly ReEvaluationPoint[],
  review: ReEvaluationPoint,
  rules: { intensiveSupport: IntensiveSupportRules },
): MeasuredChange | null {
  const thresholds = rules.intensiveSupport.significantChange;
  if (!thresholds) return null;
  const before = [...earlier].reverse().find((r) => r.at <= cycleStartedAt);
  return before ? measureChange(pointOf(before), pointOf(review), thresholds) : null;
}
