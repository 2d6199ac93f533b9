import type { IndicatorFilter } from '../indicator/indicator.types';

/**
 * The report model: what a report says, independent of how it is drawn. Built by report-model.ts
 * from indicator figures; drawn as HTML (report-html.ts), PDF
 * (activities/report/report-pdf.renderer.ts) and CSV (report-csv.ts). Pure data, no I/O.
 */

/** The report types of the domain spec (M&E chapter, reports). */
export const REPORT_TYPES = [
  'WEEKLY_FACILITATOR',
  'MONTHLY_PROGRESS',
  'QUARTERLY_PROGRESS',
  'FINAL',
  'IMPACT',
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_FORMATS = ['PDF', 'HTML', 'CSV'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Every text a person reads comes from the catalogue of one of these locales (report-text.ts). */
export const REPORT_LOCALES = ['id', 'en'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

/** Where a report job stands: queued, being produced, file ready, or stopped. */
export const REPORT_JOB_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ReportJobStatus = (typeof REPORT_JOB_STATUSES)[number];

/** One table cell: `text` as a person reads it (formatted per locale), `raw` for the CSV. */
export interface Cell {
  text: string;
  raw: string | number | null;
}

export interface ReportTable {
  /** Stable id (CSV section, HTML id), e.g. "target-vs-realisation". */
  id: string;
  title: string;
  columns: { label: string; numeric: boolean }[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  emptyText: string;
  /** Heading of the CSV's leading column: the first cell's code (indicator key). */
  codeLabel: string;
}

export interface BarSeries {
  name: string;
  values: (number | null)[];
  color: string;
}

/** Horizontal grouped bars: one group per category, one bar per series. */
export interface BarChart {
  kind: 'BARS';
  id: string;
  title: string;
  /** How values are written on the bars and the axis. */
  unit: 'PERCENT' | 'COUNT' | 'RUPIAH' | 'DAYS';
  categories: string[];
  series: BarSeries[];
  /** Formatted value texts, [series][category] (null: no value). */
  valueTexts: (string | null)[][];
  /** Formatted axis tick texts for tick values (same unit as the values). */
  ticks: { value: number; text: string }[];
  /** Shown instead of the bars when there is nothing to draw. */
  emptyText: string;
}

/** Stage funnel: how many beneficiaries reached each stage, the first as 100%. */
export interface FunnelChart {
  kind: 'FUNNEL';
  id: string;
  title: string;
  steps: { label: string; value: number; valueText: string; shareText: string }[];
  emptyText: string;
}

export type ReportChart = BarChart | FunnelChart;

/** A headline figure of the executive summary. */
export interface KeyFigure {
  label: string;
  valueText: string;
  detail: string;
}

export interface ReportSection {
  id: string;
  heading: string;
  paragraphs: string[];
  keyFigures: KeyFigure[];
  tables: ReportTable[];
  charts: ReportChart[];
}

export interface ReportModel {
  type: ReportType;
  locale: ReportLocale;
  /** `lang` of the document. */
  title: string;
  subtitle: string;
  /** Label/value lines of the title block (programme, area, period, generated on). */
  facts: { label: string; value: string }[];
  sections: ReportSection[];
  footer: string;
}

/** What a report is about: the indicator filter plus a programme name for the title. */
export interface ReportScope {
  type: ReportType;
  locale: ReportLocale;
  filter: IndicatorFilter & { from: string; to: string };
  programmeName: string;
  /** ISO date-time the report was generated (given, never read from a clock here). */
  generatedAt: string;
}
