import type { ImportRecord, ImportRowOutcome, ImportRowResult } from './enrolment-import.types';

/** Rows applied per activity call: progress is recorded after each page, and a crash redoes at most one page. */
export const IMPORT_PAGE_SIZE = 50;
/** Pages one workflow run applies before it continues as new, so its history stays small for any file size. */
export const IMPORT_PAGES_PER_RUN = 20;

/** Row positions (0-based, end exclusive) of the next page after `done` rows; null when every row is done. */
export function nextPage(total: number, done: number, pageSize: number): { from: number; to: number } | null {
  if (!(pageSize >= 1)) throw new RangeError('pageSize must be at least 1');
  const from = Math.max(0, done);
  return from >= total ? null : { from, to: Math.min(total, from + pageSize) };
}

/** True when the run has applied its share of pages and more rows remain: continue as new. */
export const continuesAsNew = (pagesThisRun: number, progress: { done: number; total: number }): boolean =>
  pagesThisRun >= IMPORT_PAGES_PER_RUN && progress.done < progress.total;

/**
 * Rows whose NIK (the `nik` column, trimmed) repeats an earlier row of the file with the right number of fields:
 * row -> the earlier row. Only the first is enrolled, as a file's repeats are mistakes, not second people.
 */
export function repeatedNikRows(header: string[], rows: ImportRecord[]): Map<number, number> {
  const column = header.findIndex((h) => h.trim() === 'nik');
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  if (column < 0) return repeats;
  for (const { row, record } of rows) {
    const nik = record.length === header.length ? (record[column] ?? '').trim() : '';
    if (!nik) continue;
    const earlier = first.get(nik);
    if (earlier === undefined) first.set(nik, row);
    else repeats.set(row, earlier);
  }
  return repeats;
}

/**
 * A row's enrolment that failed with catalogue `code`: a NIK held by an enrolled person (`holderJourneyId`) is
 * ALREADY_ENROLLED with that journey; any other failure REFUSED.
 */
export function outcomeOfFailure(code: string, holderJourneyId: string | null): ImportRowOutcome {
  return code === 'DUPLICATE_NIK' && holderJourneyId ? 'ALREADY_ENROLLED' : 'REFUSED';
}

/** Failures that say nothing about the row (an outage, a bug): the page is retried, never recorded as refused. */
export const isRetriedFailure = (code: string): boolean => code === 'INTERNAL' || code === 'UPSTREAM_UNAVAILABLE';

/** The result file's columns. */
export const RESULT_CSV_COLUMNS = ['row', 'outcome', 'code', 'message', 'journeyId'] as const;

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The per-row result file (RFC 4180, CRLF), in row order: row, outcome, code, message, journeyId. */
export function resultCsv(rows: readonly ImportRowResult[]): string {
  const lines = [...rows]
    .sort((a, b) => a.row - b.row)
    .map((r) => [r.row, r.outcome, r.code, r.message, r.journeyId].map(cell).join(','));
  return [RESULT_CSV_COLUMNS.join(','), ...lines].map((l) => `${l}\r\n`).join('');
}
