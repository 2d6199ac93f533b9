import type { IndicatorFigure } from '../indicator/indicator.types';
import { SUMMARY_KEYS, keyBase } from './report-definitions';
import { formatCount, formatStatistic, realisationOf, realisationStatistic } from './report-format';
import { indicatorLabel } from './indicator-text';
import { achievementOf, withTarget } from './report-tables';
import { REPORT_TEXT, fill } from './report-text';
import type { KeyFigure, ReportLocale, ReportScope } from './report.types';

/**
 * The executive summary of a report: its headline figures (SUMMARY_KEYS, each with the statistic
 * it shows) and the paragraphs that say how many people enrolled and which targets are missed.
 */
export function keyFigures(locale: ReportLocale, figures: IndicatorFigure[]): KeyFigure[] {
  const t = REPORT_TEXT[locale];
  const out: KeyFigure[] = [];
  for (const base of SUMMARY_KEYS) {
    const f = figures.find((x) => x.key === base) ?? figures.find((x) => keyBase(x.key) === keyBase(base));
    if (!f) continue;
    // A share is shown with its numerator and denominator; a median or mean says so, with its target.
    const statistic = realisationStatistic(f);
    const detail =
      statistic === 'value'
        ? `${formatCount(locale, f.numerator)} / ${formatCount(locale, f.denominator)}`
        : [
            ...(statistic === 'numerator' ? [] : [t.statistic[statistic]]),
            ...(f.target !== null && f.target !== undefined
              ? [`${t.column.target}: ${formatStatistic(locale, f.unit, statistic, f.target)}`]
              : []),
          ].join(' · ');
    out.push({
      label: indicatorLabel(locale, f.key),
      valueText: formatStatistic(locale, f.unit, statistic, realisationOf(f)),
      detail,
    });
  }
  return out;
}

export function summaryParagraphs(scope: ReportScope, figures: IndicatorFigure[], period: string): string[] {
  const t = REPORT_TEXT[scope.locale];
  const out = [t.reportPurpose[scope.type]];
  const enrolled = figures.find((f) => f.key === 'enrolled');
  if (enrolled)
    out.push(fill(t.summaryLead, { enrolled: formatCount(scope.locale, realisationOf(enrolled) ?? 0), period }));
  const targeted = withTarget(figures);
  const below = targeted.filter((f) => achievementOf(f) === 'BELOW');
  if (targeted.length === 0) out.push(t.summaryNoTargets);
  else if (below.length === 0) out.push(fill(t.summaryAllOnTarget, { total: targeted.length }));
  else
    out.push(
      fill(t.summaryBelowTarget, {
        count: below.length,
        total: targeted.length,
        names: below.map((f) => indicatorLabel(scope.locale, f.key)).join('; '),
      }),
    );
  return out;
}
