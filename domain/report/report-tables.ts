import type { IndicatorFigure, IndicatorLevel } from '../indicator/indicator.types';
import { BEFORE_AFTER_POINTS, LOWER_IS_BETTER, keyBase } from './report-definitions';
import { formatInUnit, formatNumber, formatPercent, realisationOf } from './report-format';
import { codeLabel, dimensionLabel, indicatorLabel, levelLabel } from './indicator-text';
import { REPORT_TEXT, fill } from './report-text';
import type { Cell, ReportLocale, ReportTable } from './report.types';

/** The tables of a report, built from figures; every label from the catalogues, numbers per locale. */
const cell = (text: string, raw: string | number | null = text): Cell => ({ text, raw });
const num = (locale: ReportLocale, n: number | null | undefined): Cell =>
  n === null || n === undefined ? cell('–', null) : cell(formatNumber(locale, n), n);
const inUnit = (locale: ReportLocale, f: IndicatorFigure, v: number | null | undefined): Cell =>
  cell(formatInUnit(locale, f.unit, v), v ?? null);
const LEVEL_ORDER: IndicatorLevel[] = ['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY'];
/** Units whose figures are medians and means of amounts (a mean column makes sense for them only). */
const AMOUNT_UNITS: IndicatorFigure['unit'][] = ['RUPIAH', 'DAYS', 'POINTS'];

function table(
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
    const real = realisationOf(f);
    const ratio = real !== null && f.target ? real / f.target : null;
    const status = achievementOf(f);
    const prev = before.get(f.key);
    return [
      cell(indicatorLabel(locale, f.key), f.key),
      cell(levelLabel(locale, f.level), f.level),
      inUnit(locale, f, f.baseline),
      inUnit(locale, f, f.target),
      inUnit(locale, f, real),
      num(locale, f.numerator),
      num(locale, f.denominator),
      ratio === null ? cell('–', null) : cell(formatPercent(locale, ratio), ratio),
      ...(previous ? [inUnit(locale, f, prev ? realisationOf(prev) : null)] : []),
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

/** Indicators with numerator, denominator and value (medians and means for amounts). */
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
  const rows = sorted.map((f) => [
    cell(indicatorLabel(locale, f.key), f.key),
    cell(levelLabel(locale, f.level), f.level),
    num(locale, f.numerator),
    num(locale, f.denominator),
    inUnit(locale, f, realisationOf(f)),
    f.mean === null || f.mean === undefined || !AMOUNT_UNITS.includes(f.unit)
      ? cell('–', null)
      : inUnit(locale, f, f.mean),
  ]);
  return table(
    locale,
    id,
    title,
    [
      [c.indicator, false],
      [c.level, false],
      [c.numerator, true],
      [c.denominator, true],
      [c.value, true],
      [c.mean, true],
    ],
    rows,
  );
}

/** Each breakdown group of the given figures: numerator, denominator and value side by side. */
export function disaggregationTable(locale: ReportLocale, figures: IndicatorFigure[]): ReportTable {
  const c = REPORT_TEXT[locale].column;
  const withheld = cell(REPORT_TEXT[locale].status.withheld, null);
  const rows = figures.flatMap((f) =>
    f.breakdown.map((g) => {
      const head = [
        cell(indicatorLabel(locale, f.key), f.key),
        cell(dimensionLabel(locale, g.dimension), g.dimension),
        cell(codeLabel(locale, g.group), g.group),
      ];
      if (g.suppressed) return [...head, withheld, withheld, withheld];
      return [
        ...head,
        num(locale, g.numerator),
        num(locale, g.denominator),
        inUnit(locale, f, realisationOf({ ...g, unit: f.unit, realisation: f.realisation })),
      ];
    }),
  );
  return table(
    locale,
    'disaggregation',
    REPORT_TEXT[locale].section.disaggregation,
    [
      [c.indicator, false],
      [c.dimension, false],
      [c.group, false],
      [c.numerator, true],
      [c.denominator, true],
      [c.value, true],
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
    const change = after === null || before === null ? null : after - before;
    const changeText = change === null ? '–' : `${change > 0 ? '+' : ''}${formatInUnit(locale, f.unit, change)}`;
    return [
      cell(indicatorLabel(locale, key), key),
      inUnit(locale, f, before),
      inUnit(locale, f, after),
      cell(changeText, change),
    ];
  });
  return table(
    locale,
    'before-after',
    REPORT_TEXT[locale].section.beforeAfter,
    [
      [c.indicator, false],
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
      const real = realisationOf(f) as number;
      const gap = Math.abs((f.target as number) - real);
      const objective = fill(
        LOWER_IS_BETTER.includes(keyBase(f.key)) ? t.followUpObjectiveLower : t.followUpObjective,
        {
          indicator: indicatorLabel(locale, f.key).toLowerCase(),
          realisation: formatInUnit(locale, f.unit, real),
          target: formatInUnit(locale, f.unit, f.target),
        },
      );
      return [
        cell(indicatorLabel(locale, f.key), f.key),
        cell(objective),
        inUnit(locale, f, f.target),
        inUnit(locale, f, gap),
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
