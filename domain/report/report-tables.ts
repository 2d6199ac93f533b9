import type { IndicatorFigure } from '../indicator/indicator.types';
import { BEFORE_AFTER_POINTS, LOWER_IS_BETTER, keyBase } from './report-definitions';
import { formatPercent, formatStatistic, realisationOf, realisationStatistic } from './report-format';
import { EMPTY, cell, fromNumeratorAndDenominator, num, statName, statValue, table } from './report-cells';
import { indicatorLabel, levelLabel } from './indicator-text';
import { REPORT_TEXT, fill } from './report-text';
import type { ReportLocale, ReportTable } from './report.types';

/**
 * The tables of a report that compare a figure's realisation with something (its target, the
 * previous period, its value before), built from figures; every label from the catalogues, numbers
 * per locale. Each row names the statistic of its realisation, and numerator and denominator sit
 * only beside a share or count computed from them.
 */
export { disaggregationTable, indicatorTable } from './report-figure-tables';

export type Achievement = 'MET' | 'BELOW' | 'NO_DATA';

/** Met when the realisation reaches the target (or stays at or under it for a lower-is-better indicator). */
export function achievementOf(f: IndicatorFigure): Achievement {
  const real = realisationOf(f);
  if (real === null || f.target === null || f.target === undefined) return 'NO_DATA';
  const lower = LOWER_IS_BETTER.includes(keyBase(f.key));
  return (lower ? real <= f.target : real >= f.target) ? 'MET' : 'BELOW';
}

export const withTarget = (figures: IndicatorFigure[]) =>
  figures.filter((f) => f.target !== null && f.target !== undefined);

/** Target vs realisation per indicator with a target, with the figures a reader can check. */
export function achievementTable(
  locale: ReportLocale,
  figures: IndicatorFigure[],
  previous: IndicatorFigure[] | null,
): ReportTable {
  const c = REPORT_TEXT[locale].column;
  const s = REPORT_TEXT[locale].status;
  const before = new Map((previous ?? []).map((f) => [f.key, f]));
  const rows = withTarget(figures).map((f) => {
    const statistic = realisationStatistic(f);
    const own = fromNumeratorAndDenominator(statistic);
    const real = realisationOf(f);
    const ratio = real !== null && f.target ? real / f.target : null;
    const status = achievementOf(f);
    const prev = before.get(f.key);
    return [
      cell(indicatorLabel(locale, f.key), f.key),
      cell(levelLabel(locale, f.level), f.level),
      statName(locale, statistic),
      statValue(locale, f, statistic, f.baseline),
      statValue(locale, f, statistic, f.target),
      statValue(locale, f, statistic, real),
      own ? num(locale, f.numerator) : EMPTY,
      own ? num(locale, f.denominator) : EMPTY,
      ratio === null ? EMPTY : cell(formatPercent(locale, ratio), ratio),
      ...(previous ? [statValue(locale, f, statistic, prev ? realisationOf(prev) : null)] : []),
      cell(status === 'MET' ? s.met : status === 'BELOW' ? s.below : s.noData, status),
    ];
  });
  return table(
    locale,
    'target-vs-realisation',
    REPORT_TEXT[locale].section.achievement,
    [
      [c.indicator, false],
      [c.level, false],
      [c.statistic, false],
      [c.baseline, true],
      [c.target, true],
      [c.realisation, true],
      [c.numerator, true],
      [c.denominator, true],
      [c.achievement, true],
      ...(previous ? [[c.previous, true] as [string, boolean]] : []),
      [c.status, false],
    ],
    rows,
  );
}

/**
 * Before/after pairs: a logframe baseline against the realisation, and each family measured at
 * assessment and at the latest point ("<base>:ASSESSMENT" and "<base>:LAST").
 */
export function beforeAfterPairs(
  figures: IndicatorFigure[],
): { key: string; figure: IndicatorFigure; before: number | null; after: number | null }[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const { before, after } = BEFORE_AFTER_POINTS;
  const baselined = figures
    .filter((f) => f.baseline !== null && f.baseline !== undefined)
    .map((f) => ({ key: f.key, figure: f, before: f.baseline as number, after: realisationOf(f) }));
  const measured = figures
    .filter((f) => f.key.endsWith(`:${before}`) && byKey.has(f.key.replace(new RegExp(`:${before}$`), `:${after}`)))
    .map((f) => {
      const later = byKey.get(f.key.replace(new RegExp(`:${before}$`), `:${after}`))!;
      return { key: keyBase(f.key), figure: later, before: realisationOf(f), after: realisationOf(later) };
    });
  return [...baselined, ...measured];
}

export function beforeAfterTable(locale: ReportLocale, figures: IndicatorFigure[]): ReportTable {
  const c = REPORT_TEXT[locale].column;
  const rows = beforeAfterPairs(figures).map(({ key, figure: f, before, after }) => {
    const statistic = realisationStatistic(f);
    const change = after === null || before === null ? null : after - before;
    const changeText =
      change === null ? '–' : `${change > 0 ? '+' : ''}${formatStatistic(locale, f.unit, statistic, change)}`;
    return [
      cell(indicatorLabel(locale, key), key),
      statName(locale, statistic),
      statValue(locale, f, statistic, before),
      statValue(locale, f, statistic, after),
      cell(changeText, change),
    ];
  });
  return table(
    locale,
    'before-after',
    REPORT_TEXT[locale].section.beforeAfter,
    [
      [c.indicator, false],
      [c.statistic, false],
      [c.before, true],
      [c.after, true],
      [c.change, true],
    ],
    rows,
  );
}

/** A follow-up line per indicator below target: objective, target, gap, schedule, who. */
export function followUpTable(locale: ReportLocale, figures: IndicatorFigure[], schedule: string): ReportTable {
  const t = REPORT_TEXT[locale];
  const rows = withTarget(figures)
    .filter((f) => achievementOf(f) === 'BELOW')
    .map((f) => {
      const statistic = realisationStatistic(f);
      const real = realisationOf(f) as number;
      const gap = Math.abs((f.target as number) - real);
      const objective = fill(
        LOWER_IS_BETTER.includes(keyBase(f.key)) ? t.followUpObjectiveLower : t.followUpObjective,
        {
          indicator: indicatorLabel(locale, f.key).toLowerCase(),
          realisation: formatStatistic(locale, f.unit, statistic, real),
          target: formatStatistic(locale, f.unit, statistic, f.target),
        },
      );
      return [
        cell(indicatorLabel(locale, f.key), f.key),
        cell(objective),
        statValue(locale, f, statistic, f.target),
        statValue(locale, f, statistic, gap),
        cell(schedule),
        cell(t.followUpResponsible),
      ];
    });
  return table(
    locale,
    'follow-up-plan',
    t.section.followUp,
    [
      [t.column.indicator, false],
      [t.column.objective, false],
      [t.column.target, true],
      [t.column.gap, true],
      [t.column.schedule, false],
      [t.column.responsible, false],
    ],
    rows,
  );
}
