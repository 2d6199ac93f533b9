/**
 * Enrolment imports: a large enrolment CSV applied in the background, page by page, each data row once.
 * Codes and shapes shared by the API (which starts and reads imports), the import workflow and its
 * activities. Pure data, no I/O.
 */

/** Where an import stands: accepted, rows being applied, finished (result file ready), or stopped. */
export const ENROLMENT_IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type EnrolmentImportStatus = (typeof ENROLMENT_IMPORT_STATUSES)[number];

/** What happened to one data row. */
export const IMPORT_ROW_OUTCOMES = ['ENROLLED', 'REFUSED', 'ALREADY_ENROLLED'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

/** One data record of the file: its 1-based row number after the header (blank lines keep their number). */
export interface ImportRecord {
  row: number;
  record: string[];
}

/** The outcome of one data row, as stored and written to the result file (codes and ids, no personal data). */
export interface ImportRowResult {
  row: number;
  outcome: ImportRowOutcome;
  /** Error catalogue code; null when enrolled by this import. */
  code: string | null;
  message: string | null;
  journeyId: string | null;
}

/** Who started the import and within which scope: every row is enrolled as they would enrol it. */
export interface ImportRequester {
  userId: string;
  role: string;
  programmes: string[];
  regions: string[];
  organisations: string[];
}

/** The import's parameters a row needs (read from its row in PostgreSQL). */
export interface ImportJobRef {
  importId: string;
  programmeId: string;
  cohortId: string | null;
  locale: 'id' | 'en';
  requester: ImportRequester;
}

/**
 * Reading and enrolling rows: the single enrolment's rules and service, provided by the process that runs the
 * activities (the worker wires it). `readRecords` refuses a file whose header is wrong.
 */
export interface ImportRowApplier {
  readRecords(csv: string): { header: string[]; rows: ImportRecord[] };
  applyRows(
    job: ImportJobRef,
    header: string[],
    rows: ImportRecord[],
    repeats: ReadonlyMap<number, number>,
  ): Promise<ImportRowResult[]>;
}

/** Where the workflow stands after a page: rows done so far out of the file's data rows. */
export interface ImportPageProgress {
  done: number;
  total: number;
}

/**
 * The steps of an import, run as Temporal activities (activities/enrolment-import implements them,
 * workflows/enrolment-import calls them). Each takes the import id (and row positions) only, reads the rest from
 * PostgreSQL and is idempotent.
 */
export interface EnrolmentImportActivities {
  /** Applies the next page of rows not applied yet, records their results and the job's progress. */
  applyEnrolmentImportPage(importId: string): Promise<ImportPageProgress>;
  /** Marks the import DONE (its result file is then downloadable). */
  finishEnrolmentImport(importId: string): Promise<void>;
  /** Marks an import that cannot finish FAILED with a message a person can act on. */
  failEnrolmentImport(importId: string, message: string): Promise<void>;
}
