import type { IndicatorFigure, IndicatorGroup } from '../indicator/indicator.types';
import { realisationStatistic, type Statistic } from './report-format';
import { EMPTY, cell, fromNumeratorAndDenominator, num, statName, statValue, table } from './report-cells';
import { codeLabel, dimensionLabel, indicatorLabel, levelLabel } from './indicator-text';
import { REPORT_TEXT } from './report-text';
import type { Cell, ReportLocale, ReportTable } from './report.types';

/**
 * The tables that list figures one statistic per row: the indicator tables (activities, all
 * indicators, overdue steps per facilitator) and the disaggregated data. A row names its statistic,
 * and a share sits beside the numerator and denominator it was computed from; a median or mean
 * (income change, days to graduation, a score change) has its own row without them, so "130%" never
 * reads as "30 of 33".
 */
type Measured = Pick<IndicatorGroup, 'numerator' | 'denominator' | 'value' | 'median' | 'mean'> &
  Pick<IndicatorFigure, 'unit' | 'realisation'>;

/**
 * The statistics a figure's rows show, its realisation first. A count stands alone. With `all`, the
 * median and mean follow when the figure has them; a median or mean realisation is followed by the
 * share of its numerator and denominator (e.g. the people whose income rose) when anybody was measured.
 */
export function statisticsOf(f: Measured, all = true): Statistic[] {
  const head = realisationStatistic(f);
  if (head === 'numerator') return [head];
  const amounts = all
    ? (['median', 'mean'] as const).filter((s) => s !== head && f[s] !== null && f[s] !== undefined)
    : [];
  const share = head !== 'value' && f.denominator > 0 ? (['value'] as const) : [];
  return [head, ...amounts, ...share];
}

/** The cells of one statistic: its name, numerator and denominator (only beside a share or count), its value. */
function statisticCells(locale: ReportLocale, f: Measured, statistic: Statistic): Cell[] {
  const own = fromNumeratorAndDenominator(statistic);
  return [
    statName(locale, statistic),
    own ? num(locale, f.numerator) : EMPTY,
    own ? num(locale, f.denominator) : EMPTY,
    statValue(locale, f, statistic, f[statistic]),
  ];
}

const LEVEL_ORDER: IndicatorFigure['level'][] = ['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY'];

/** Indicators, one row per statistic: numerator, denominator and value of each. */
export function indicatorTable(
  locale: ReportLocale,
  id: string,
  title: string,
  figures: IndicatorFigure[],
  byLevel = false,
): ReportTable {
  const c = REPORT_TEXT[locale].column;
  const sorted = byLevel
    ? [...figures].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))
    : figures;
  const rows = sorted.flatMap((f) =>
    statisticsOf(f).map((statistic) => [
      cell(indicatorLabel(locale, f.key), f.key),
      cell(levelLabel(locale, f.level), f.level),
      ...statisticCells(locale, f, statistic),
    ]),
  );
  return table(
    locale,
    id,
    title,
    [
      [c.indicator, false],
      [c.level, false],
      [c.statistic, false],
      [c.numerator, true],
      [c.denominator, true],
      [c.value, true],
    ],
    rows,
  );
}

/**
 * Each breakdown group of the given figures: the realisation's statistic (and, for a median or mean,
 * the group's share) with its numerator and denominator. A withheld group keeps its statistic's name.
 */
export function disaggregationTable(
  locale: ReportLocale,
  figures: IndicatorFigure[],
  id = 'disaggregation',
  title = REPORT_TEXT[locale].section.disaggregation,
): ReportTable {
  const c = REPORT_TEXT[locale].column;
  const withheld = cell(REPORT_TEXT[locale].status.withheld, null);
  const rows = figures.flatMap((f) =>
    f.breakdown.flatMap((g) => {
      const head = [
        cell(indicatorLabel(locale, f.key), f.key),
        cell(dimensionLabel(locale, g.dimension), g.dimension),
        cell(codeLabel(locale, g.group), g.group),
      ];
      const measured: Measured = { ...g, unit: f.unit, realisation: f.realisation };
      if (g.suppressed)
        return [[...head, statName(locale, realisationStatistic(measured)), withheld, withheld, withheld]];
      return statisticsOf(measured, false).map((statistic) => [
        ...head,
        ...statisticCells(locale, measured, statistic),
      ]);
    }),
  );
  return table(
    locale,
    id,
    title,
    [
      [c.indicator, false],
      [c.dimension, false],
      [c.group, false],
      [c.statistic, false],
      [c.numerator, true],
      [c.denominator, true],
      [c.value, true],
    ],
    rows,
  );
}
