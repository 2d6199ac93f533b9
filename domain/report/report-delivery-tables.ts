import type { TemplateDelivery, TemplateTypeShare } from '../module/template-delivery.rules';
import { EMPTY, cell, num, table } from './report-cells';
import { DELIVERY_TEXT } from './report-delivery-text';
import { codeLabel } from './indicator-text';
import { formatNumber, formatPercent } from './report-format';
import { fill } from './report-text';
import type { Cell, ReportLocale, ReportTable } from './report.types';

/**
 * The module delivery section's tables (figures from domain/module/template-delivery.rules.ts): one row per
 * module template with its sessions, hours and completions, then one row per template and session type with its
 * share of what was held against the template's percentage. Shares and template percentages are written as
 * fractions in the CSV, like every share; deviations in percentage points.
 */

/** "INDIVIDUAL_COUNSELING" → "Individual counseling": a session type the rules name in Indonesian only. */
const humanise = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

const moduleCell = (locale: ReportLocale, d: TemplateDelivery, code = d.templateId): Cell => {
  const name = locale === 'id' ? d.nameId : d.nameEn;
  return cell(name ?? fill(DELIVERY_TEXT[locale].notInRules, { module: d.templateId }), code);
};

const typeName = (locale: ReportLocale, m: TemplateTypeShare) =>
  locale === 'id' && m.nameId ? m.nameId : humanise(m.sessionType);

const percentCell = (locale: ReportLocale, percent: number | null): Cell =>
  percent === null ? EMPTY : cell(formatPercent(locale, percent / 100), percent / 100);

const pointsCell = (locale: ReportLocale, points: number | null): Cell =>
  points === null ? EMPTY : cell(`${points > 0 ? '+' : ''}${formatNumber(locale, points, 2)}`, points);

const yesNo = (locale: ReportLocale, flag: boolean): Cell => cell(codeLabel(locale, String(flag)), String(flag));

export function deliveryTable(locale: ReportLocale, deliveries: readonly TemplateDelivery[]): ReportTable {
  const t = DELIVERY_TEXT[locale];
  const c = t.column;
  const rows = deliveries.map((d) => [
    moduleCell(locale, d),
    num(locale, d.sessionsHeld),
    num(locale, d.hoursHeld),
    num(locale, d.heldWithoutHours),
    d.hoursPerSession ? num(locale, d.sessionsOutsideHours) : EMPTY,
    d.mixBasis ? cell(t.basis[d.mixBasis], d.mixBasis) : EMPTY,
    d.mixBasis ? num(locale, d.mix.filter((m) => m.outsideTolerance).length) : EMPTY,
    num(locale, d.modulesCompleted),
    num(locale, d.completedEarly),
  ]);
  return table(
    locale,
    'module-delivery',
    t.heading,
    [
      [c.module, false],
      [c.sessionsHeld, true],
      [c.hoursHeld, true],
      [c.withoutHours, true],
      [c.outsideHours, true],
      [c.basis, false],
      [c.typesBeyond, true],
      [c.completed, true],
      [c.completedEarly, true],
    ],
    rows,
  );
}

export function deliveryMixTable(locale: ReportLocale, deliveries: readonly TemplateDelivery[]): ReportTable {
  const t = DELIVERY_TEXT[locale];
  const c = t.column;
  const rows = deliveries.flatMap((d) =>
    d.mix.map((m) => [
      moduleCell(locale, d, `${d.templateId}:${m.sessionType}`),
      cell(typeName(locale, m), m.sessionType),
      percentCell(locale, m.templatePercent),
      num(locale, m.sessionsHeld),
      num(locale, m.hoursHeld),
      percentCell(locale, m.sharePercent),
      pointsCell(locale, m.deviationPoints),
      m.sharePercent === null ? EMPTY : yesNo(locale, m.outsideTolerance),
    ]),
  );
  return table(
    locale,
    'module-delivery-mix',
    t.mixTitle,
    [
      [c.module, false],
      [c.sessionType, false],
      [c.templatePercent, true],
      [c.sessionsHeld, true],
      [c.hoursHeld, true],
      [c.share, true],
      [c.deviation, true],
      [c.beyond, false],
    ],
    rows,
  );
}

/** The section's lead and its tolerance sentence (the rules' tolerance, the same for every template). */
export function deliveryParagraphs(locale: ReportLocale, deliveries: readonly TemplateDelivery[]): string[] {
  const t = DELIVERY_TEXT[locale];
  const tolerance = deliveries.find((d) => d.mixTolerancePoints !== null)?.mixTolerancePoints ?? null;
  if (tolerance === null) return [t.lead];
  return [t.lead, tolerance > 0 ? fill(t.tolerance, { points: formatNumber(locale, tolerance, 2) }) : t.noTolerance];
}
