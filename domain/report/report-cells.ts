import type { IndicatorFigure } from '../indicator/indicator.types';
import { formatCount, formatStatistic, type Statistic } from './report-format';
import { REPORT_TEXT } from './report-text';
import type { Cell, ReportLocale, ReportTable } from './report.types';

/**
 * The cells and the table frame every report table is built from: `text` formatted per locale for
 * the reader, `raw` the machine value the CSV writes.
 */
export const cell = (text: string, raw: string | number | null = text): Cell => ({ text, raw });

export const EMPTY: Cell = cell('–', null);

/** A count, numerator or denominator, with the decimals it has (half sessions stay halves). */
export const num = (locale: ReportLocale, n: number | null | undefined): Cell =>
  n === null || n === undefined ? EMPTY : cell(formatCount(locale, n), n);

/** A number of the given statistic: a share as %, a count as a number, a median or mean in the unit. */
export const statValue = (
  locale: ReportLocale,
  f: Pick<IndicatorFigure, 'unit'>,
  statistic: Statistic,
  v: number | null | undefined,
): Cell => cell(formatStatistic(locale, f.unit, statistic, v), v ?? null);

/** The "Statistic" cell: the statistic's name in the locale. */
export const statName = (locale: ReportLocale, statistic: Statistic): Cell =>
  cell(REPORT_TEXT[locale].statistic[statistic], statistic);

/** Whether a statistic is computed from the row's numerator and denominator (a share or a count). */
export const fromNumeratorAndDenominator = (statistic: Statistic): boolean =>
  statistic === 'value' || statistic === 'numerator';

/** A table with its columns as [label, numeric] pairs, the empty text and the CSV code heading of the locale. */
export function table(
  locale: ReportLocale,
  id: string,
  title: string,
  columns: [string, boolean][],
  rows: Cell[][],
): ReportTable {
  return {
    id,
    title,
    columns: columns.map(([label, numeric]) => ({ label, numeric })),
    rows,
    emptyText: REPORT_TEXT[locale].empty.table,
    codeLabel: REPORT_TEXT[locale].column.code,
  };
}
