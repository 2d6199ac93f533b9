import type { ReportFormat } from './report.types';

/** The media type each report format is stored and served with. */
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  PDF: 'application/pdf',
  HTML: 'text/html; charset=utf-8',
  CSV: 'text/csv; charset=utf-8',
};

/** The extension of a format's file: a finished report is downloaded from /reports/<jobId>.<extension>. */
export const fileExtension = (format: string): string => format.toLowerCase();

/** The name a report file is saved under: type, programme, period start, locale, e.g. `final-p1-2026-01-01-id.pdf`. */
export function reportFileName(report: {
  type: string;
  programmeId: string;
  from: string;
  locale: string;
  format: string;
}): string {
  const slug = report.type.toLowerCase().replace(/_/g, '-');
  return `${slug}-${report.programmeId}-${report.from}-${report.locale}.${fileExtension(report.format)}`;
}
