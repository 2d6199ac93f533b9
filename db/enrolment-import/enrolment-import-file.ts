import { DomainError } from '../../domain/errors/error-codes';
import type { ImportRecord } from '../../domain/enrolment-import/enrolment-import.types';
import { readHeader } from '../beneficiary/enrolment-csv.mapper';
import { CsvParseError, isBlankRecord, parseCsv } from './csv.parser';

/** An enrolment CSV's header and data rows (blank lines keep their number); a bad header or file is refused. */
export function readImportFile(csv: string): { header: string[]; rows: ImportRecord[] } {
  let records: string[][];
  try {
    records = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvParseError) throw new DomainError('VALIDATION_FAILED', err.message);
    throw err;
  }
  if (records.length === 0)
    throw new DomainError('VALIDATION_FAILED', 'The CSV is empty: it needs a header row and data rows');
  readHeader(records[0]);
  const rows = records
    .slice(1)
    .map((record, i) => ({ row: i + 1, record }))
    .filter((r) => !isBlankRecord(r.record));
  if (rows.length === 0) throw new DomainError('VALIDATION_FAILED', 'The CSV has a header but no data rows');
  return { header: records[0], rows };
}

/** The enrolment key of an import's row: the same row of the same import is always the same person. */
export const importRowKey = (importId: string, row: number): string => `import:${importId}:${row}`;
