import type { IndicatorFigure } from '../indicator/indicator.types';
import { FUNNEL_STEPS, STAGE_RANK, keyBase } from './report-definitions';
import { formatInUnit, formatNumber, formatPercent, realisationOf } from './report-format';
import { beforeAfterPairs } from './report-tables';
import { codeLabel, indicatorLabel } from './indicator-text';
import { REPORT_TEXT } from './report-text';
import type { BarChart, BarSeries, FunnelChart, ReportLocale } from './report.types';

/** Chart models built from figures: what to draw, with every text already in the reader's language. */
const COLORS = { target: '#9aa5b1', realisation: '#1f7a5a', second: '#d08c2c' };
type Unit = BarChart['unit'];
const FIGURE_UNIT: Record<Unit, IndicatorFigure['unit']> = {
  PERCENT: 'RATIO',
  COUNT: 'COUNT',
  RUPIAH: 'RUPIAH',
  DAYS: 'DAYS',
};

/** About five round tick values covering [min(0, lo), max(0, hi)] (percent axes reach 100% at least). */
export function niceTicks(lo: number, hi: number, unit: Unit): number[] {
  let min = Math.min(0, lo);
  let max = Math.max(0, hi, unit === 'PERCENT' ? 1 : 0);
  if (max === min) max = min + 1;
  const raw = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 1e6; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export function barChart(
  locale: ReportLocale,
  id: string,
  title: string,
  unit: Unit,
  categories: string[],
  series: BarSeries[],
): BarChart {
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), unit);
  const fmt = (v: number) => formatInUnit(locale, FIGURE_UNIT[unit], v);
  return {
    kind: 'BARS',
    id,
    title,
    unit,
    categories,
    series,
    emptyText: REPORT_TEXT[locale].empty.chart,
    valueTexts: series.map((s) => s.values.map((v) => (v === null ? null : fmt(v)))),
    ticks: ticks.map((value) => ({
      value,
      text:
        unit === 'PERCENT'
          ? formatPercent(locale, value)
          : unit === 'RUPIAH'
            ? formatNumber(locale, value)
            : fmt(value),
    })),
  };
}

/** Target vs realisation of the indicators with a target that are ratios (one percent axis). */
export function targetBars(locale: ReportLocale, figures: IndicatorFigure[]): BarChart {
  const t = REPORT_TEXT[locale].chart;
  const rows = figures.filter((f) => f.target !== null && f.target !== undefined && f.unit === 'RATIO');
  return barChart(
    locale,
    'target-vs-realisation',
    t.targetVsRealisation,
    'PERCENT',
    rows.map((f) => indicatorLabel(locale, f.key)),
    [
      { name: t.target, values: rows.map((f) => f.target ?? null), color: COLORS.target },
      { name: t.realisation, values: rows.map((f) => realisationOf(f)), color: COLORS.realisation },
    ],
  );
}

/** Median and mean income change at each measurement point (income_change:* figures, rupiah a month). */
export function incomeChangeBars(locale: ReportLocale, figures: IndicatorFigure[]): BarChart {
  const t = REPORT_TEXT[locale].chart;
  const rows = figures.filter((f) => keyBase(f.key) === 'income_change' && f.unit === 'RUPIAH');
  return barChart(
    locale,
    'income-change',
    t.incomeChange,
    'RUPIAH',
    rows.map((f) => indicatorLabel(locale, f.key)),
    [
      { name: t.median, values: rows.map((f) => f.median ?? null), color: COLORS.realisation },
      { name: t.mean, values: rows.map((f) => f.mean ?? null), color: COLORS.second },
    ],
  );
}

/** Baseline (before) vs realisation (after) of the ratio indicators that have a baseline. */
export function beforeAfterBars(locale: ReportLocale, figures: IndicatorFigure[]): BarChart {
  const t = REPORT_TEXT[locale].chart;
  const rows = beforeAfterPairs(figures).filter((p) => p.figure.unit === 'RATIO');
  return barChart(
    locale,
    'before-after',
    t.beforeAfter,
    'PERCENT',
    rows.map((p) => indicatorLabel(locale, p.key)),
    [
      { name: t.baseline, values: rows.map((p) => p.before), color: COLORS.target },
      { name: t.realisation, values: rows.map((p) => p.after), color: COLORS.realisation },
    ],
  );
}

/**
 * Stage funnel from the counts per current stage (stage:<STAGE> figures): each step counts the
 * journeys now in that stage or a later one; the first step is everybody.
 */
export function stageFunnel(locale: ReportLocale, figures: IndicatorFigure[]): FunnelChart {
  const t = REPORT_TEXT[locale].chart;
  const counts = figures
    .filter((f) => keyBase(f.key) === 'stage' && f.unit === 'COUNT')
    .map((f) => ({ rank: STAGE_RANK[f.key.split(':')[1]] ?? 0, n: f.numerator }));
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  const steps =
    total === 0
      ? []
      : FUNNEL_STEPS.map(({ stage, rank }) => {
          const value = rank === 0 ? total : counts.filter((c) => c.rank >= rank).reduce((sum, c) => sum + c.n, 0);
          return {
            label: codeLabel(locale, stage),
            value,
            valueText: formatNumber(locale, value),
            shareText: `${formatPercent(locale, value / total)} ${t.ofFirst}`,
          };
        });
  return { kind: 'FUNNEL', id: 'stage-funnel', title: t.funnel, steps, emptyText: REPORT_TEXT[locale].empty.chart };
}
