import type { IndicatorFigure } from '../indicator/indicator.types';
import type { TemplateDelivery } from '../module/template-delivery.rules';
import {
  ACTIVITY_KEYS,
  DISAGGREGATED_KEYS,
  GROUP_KEYS,
  REPORT_DEFINITIONS,
  keyBase,
  type ChartKind,
  type SectionKind,
} from './report-definitions';
import { activityLogSection, caseloadSections, type ActivityLog, type CaseloadReport } from './report-field-sections';
import { FIELD_TEXT } from './report-field-text';
import { deliveryMixTable, deliveryParagraphs, deliveryTable } from './report-delivery-tables';
import { DELIVERY_TEXT } from './report-delivery-text';
import { beforeAfterBars, incomeChangeBars, stageFunnel, targetBars } from './report-charts';
import { formatDate, formatPeriod } from './report-format';
import { keyFigures, summaryParagraphs } from './report-summary';
import { codeLabel, indicatorLabel } from './indicator-text';
import { nextPeriod, previousPeriod } from './report-period';
import {
  achievementTable,
  beforeAfterTable,
  disaggregationTable,
  followUpTable,
  indicatorTable,
} from './report-tables';
import { REPORT_TEXT, fill } from './report-text';
import type { ReportChart, ReportModel, ReportScope, ReportSection } from './report.types';

/**
 * The report a person reads, from the figures of its period (and of the period before, for the
 * progress reports' comparison column): sections, tables and charts in the order its definition
 * gives, every word from the locale's catalogue. Pure: the same input gives the same report.
 */
export interface ReportInput {
  scope: ReportScope;
  figures: IndicatorFigure[];
  previousFigures?: IndicatorFigure[] | null;
  /** Module delivery per template in the period (a report definition with MODULE_DELIVERY); null: none computed. */
  delivery?: TemplateDelivery[] | null;
  /**
   * A weekly facilitator report limited to one caseload: that facilitator's figures and narratives replace the
   * area's indicator sections (no other facilitator's figures are shown).
   */
  caseload?: CaseloadReport | null;
  /** Dated activities, field constraints and lessons learned (reports with an ACTIVITIES section); null: none. */
  activityLog?: ActivityLog | null;
}

const CHARTS: Record<ChartKind, (locale: ReportScope['locale'], f: IndicatorFigure[]) => ReportChart> = {
  TARGET_BARS: targetBars,
  FUNNEL: stageFunnel,
  INCOME_CHANGE: incomeChangeBars,
  BEFORE_AFTER: beforeAfterBars,
};

function section(input: ReportInput, kind: SectionKind): ReportSection {
  const { locale, type, filter } = input.scope;
  const t = REPORT_TEXT[locale];
  const period = formatPeriod(locale, filter.from, filter.to);
  const base: ReportSection = {
    id: kind.toLowerCase().replace(/_/g, '-'),
    heading: '',
    paragraphs: [],
    keyFigures: [],
    tables: [],
    charts: [],
  };
  const pick = (bases: string[]) => input.figures.filter((f) => bases.includes(keyBase(f.key)));
  const previous = REPORT_DEFINITIONS[type].comparePreviousPeriod ? (input.previousFigures ?? null) : null;
  switch (kind) {
    case 'SUMMARY':
      return {
        ...base,
        heading: t.section.summary,
        paragraphs: summaryParagraphs(input.scope, input.figures, period),
        keyFigures: keyFigures(locale, input.figures),
      };
    case 'PROGRAMME':
      return {
        ...base,
        heading: t.section.programme,
        paragraphs: [t.programmeLead],
        tables: [indicatorTable(locale, 'all-indicators', t.section.allIndicators, input.figures, true)],
      };
    case 'ACTIVITIES':
      return {
        ...base,
        heading: t.section.activities,
        paragraphs: [t.activitiesLead],
        tables: [indicatorTable(locale, 'activities', t.section.activities, pick(ACTIVITY_KEYS))],
      };
    case 'GROUPS':
      return {
        ...base,
        heading: t.section.groups,
        paragraphs: [t.groupsLead],
        tables: [
          indicatorTable(locale, 'groups', t.section.groups, pick(GROUP_KEYS)),
          disaggregationTable(
            locale,
            pick(GROUP_KEYS).filter((f) => !f.key.includes(':')),
            'group-disaggregation',
            t.section.groupDisaggregation,
          ),
        ],
      };
    case 'MODULE_DELIVERY': {
      const delivery = input.delivery ?? [];
      return {
        ...base,
        heading: DELIVERY_TEXT[locale].heading,
        paragraphs: deliveryParagraphs(locale, delivery),
        tables: [deliveryTable(locale, delivery), deliveryMixTable(locale, delivery)],
      };
    }
    case 'FACILITATORS':
      return {
        ...base,
        heading: t.section.facilitators,
        tables: [indicatorTable(locale, 'overdue-per-facilitator', t.section.facilitators, pick(['overdue_steps']))],
      };
    case 'ACHIEVEMENT': {
      const prev = previous ? previousPeriod(filter) : null;
      return {
        ...base,
        heading: t.section.achievement,
        paragraphs: prev ? [fill(t.previousPeriodNote, { period: formatPeriod(locale, prev.from, prev.to) })] : [],
        tables: [achievementTable(locale, input.figures, previous)],
      };
    }
    case 'CHARTS':
      return {
        ...base,
        heading: t.section.charts,
        charts: REPORT_DEFINITIONS[type].charts.map((k) => CHARTS[k](locale, input.figures)),
      };
    case 'BEFORE_AFTER':
      return {
        ...base,
        heading: t.section.beforeAfter,
        paragraphs: [t.beforeAfterLead],
        tables: [
          beforeAfterTable(locale, input.figures),
          indicatorTable(
            locale,
            'welfare-transitions',
            indicatorLabel(locale, 'welfare_transition'),
            pick(['welfare_transition']),
          ),
        ],
        charts: [beforeAfterBars(locale, input.figures)],
      };
    case 'DISAGGREGATION':
      return {
        ...base,
        heading: t.section.disaggregation,
        tables: [
          disaggregationTable(
            locale,
            pick(DISAGGREGATED_KEYS).filter((f) => !f.key.includes(':') || /(:|->)LAST$/.test(f.key)),
          ),
        ],
      };
    case 'FOLLOW_UP': {
      const next = nextPeriod(filter);
      return {
        ...base,
        heading: t.section.followUp,
        paragraphs: [t.followUpLead],
        tables: [followUpTable(locale, input.figures, formatPeriod(locale, next.from, next.to))],
      };
    }
    case 'LIMITATIONS':
      return { ...base, heading: t.section.limitations, paragraphs: t.limitationsText };
  }
}

/** The definition's sections, or a caseload's own; the activity log follows the activities section. */
function sectionsOf(input: ReportInput): ReportSection[] {
  const { locale, type } = input.scope;
  if (input.caseload) return caseloadSections(locale, input.caseload);
  return REPORT_DEFINITIONS[type].sections.flatMap((kind) =>
    kind === 'ACTIVITIES' && input.activityLog
      ? [section(input, kind), activityLogSection(locale, input.activityLog)]
      : [section(input, kind)],
  );
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { locale, type, filter, programmeName, generatedAt } = input.scope;
  const t = REPORT_TEXT[locale];
  const regions = filter.regionPrefix
    ? filter.regionPrefix
    : filter.scopeRegionPrefixes?.length && !filter.scopeRegionPrefixes.includes('*')
      ? fill(t.fact.scopeRegions, { regions: filter.scopeRegionPrefixes.join(', ') })
      : t.fact.allRegions;
  return {
    type,
    locale,
    title: t.reportTitle[type],
    subtitle: programmeName,
    facts: [
      { label: t.fact.programme, value: `${programmeName} (${filter.programmeId})` },
      { label: t.fact.cohort, value: filter.cohortId ? codeLabel(locale, filter.cohortId) : t.fact.allCohorts },
      { label: t.fact.region, value: regions },
      { label: t.fact.period, value: formatPeriod(locale, filter.from, filter.to) },
      { label: t.fact.generatedAt, value: formatDate(locale, generatedAt) },
      ...(input.caseload
        ? [{ label: FIELD_TEXT[locale].facilitator, value: input.caseload.figures.facilitatorId }]
        : []),
    ],
    sections: sectionsOf(input),
    footer: fill(t.footer, { date: formatDate(locale, generatedAt) }),
  };
}
