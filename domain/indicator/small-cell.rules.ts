import type { IndicatorFigure, IndicatorGroup } from './indicator.types';

/**
 * Small-cell protection for aggregated figures shown to viewers, government and donors (dashboards,
 * front ends): a figure or group counted among fewer than `threshold` people (its denominator, or for amounts
 * the people measured) could point at a person (one woman with a disability in a village), so
 * its numerator, denominator, value, median and mean are withheld and `suppressed` is set.
 * Managers and auditors see every cell. Limitation: a viewer can still subtract the visible
 * groups of a dimension from the total; complementary suppression is not attempted.
 */
export function suppressSmallCells(figures: readonly IndicatorFigure[], threshold: number): IndicatorFigure[] {
  const hide = <T extends IndicatorGroup | IndicatorFigure>(cell: T): T =>
    cell.denominator > 0 && cell.denominator < threshold
      ? { ...cell, numerator: 0, denominator: 0, value: null, median: null, mean: null, suppressed: true }
      : { ...cell, suppressed: false };
  return figures.map((f) => ({ ...hide(f), breakdown: f.breakdown.map(hide) }));
}
