import { csvField } from '../shared/csv-field';
import type { ReportModel, ReportTable } from './report.types';

/**
 * Every table of a report as CSV (RFC 4180, CRLF lines): per table a line with its title, the
 * header line and its rows, then a blank line. Each row starts with the code of its first cell
 * (the indicator key); text columns hold what the reader sees, number columns machine values
 * (ratios as fractions, amounts in rupiah, no thousands separators) so a spreadsheet can
 * recompute them. UTF-8 with a BOM so spreadsheet programs read the labels right.
 */
const machine = (raw: string | number | null) => (typeof raw === 'number' ? Number(raw.toFixed(6)) : raw);

export function tableCsv(table: ReportTable): string {
  const lines = [
    csvField(table.title),
    [table.codeLabel, ...table.columns.map((c) => c.label)].map(csvField).join(','),
  ];
  for (const row of table.rows) {
    lines.push(
      [row[0]?.raw, ...row.map((c, i) => (table.columns[i]?.numeric ? machine(c.raw) : c.text))]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function reportCsv(model: ReportModel): string {
  const tables = model.sections.flatMap((s) => s.tables);
  return `\uFEFF${csvField(model.title)},${csvField(model.subtitle)}\r\n\r\n${tables.map(tableCsv).join('\r\n')}`;
}
