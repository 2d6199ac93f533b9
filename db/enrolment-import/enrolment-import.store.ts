import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type {
  EnrolmentImportStatus,
  ImportRequester,
  ImportRowOutcome,
  ImportRowResult,
} from '../../domain/enrolment-import/enrolment-import.types';
import { notifyingEnrolmentImportWrite } from '../live/live-notify.sql';

/**
 * The enrolment import store: the import's row (its sealed file, requester, status and counts) and one row per
 * applied data row. Every write is idempotent: a row is recorded once (primary key import + row), the counts are
 * recomputed from the recorded rows, and a finished import is never moved back. A change of its status or counts
 * notifies live subscribers in the same statement (delivered at commit: db/live/live-notify.sql.ts).
 */
type Em = EntityManager;
/** One statement, inside `em`'s transaction when it has one (a raw statement does not join it by itself). */
const sql = <T extends Record<string, unknown>[] = Record<string, unknown>[]>(
  em: Em,
  text: string,
  params: unknown[] = [],
) => em.getConnection().execute<T>(text, params, 'all', em.getTransactionContext<Knex.Transaction>());

export interface EnrolmentImportRow {
  id: string;
  requestedBy: string;
  requestedRole: string;
  requester: ImportRequester;
  idempotencyKey: string;
  programmeId: string;
  cohortId: string | null;
  locale: 'id' | 'en';
  csvSha256: string;
  status: EnrolmentImportStatus;
  totalRows: number;
  processedRows: number;
  enrolled: number;
  refused: number;
  alreadyEnrolled: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, requested_by, requested_role, requested_scope, idempotency_key, programme_id, cohort_id, locale,
  csv_sha256, status, total_rows, processed_rows, enrolled, refused, already_enrolled, error, created_at, finished_at`;

const toImport = (r: Record<string, unknown>): EnrolmentImportRow => ({
  id: r.id as string,
  requestedBy: r.requested_by as string,
  requestedRole: r.requested_role as string,
  requester: r.requested_scope as ImportRequester,
  idempotencyKey: r.idempotency_key as string,
  programmeId: r.programme_id as string,
  cohortId: (r.cohort_id as string | null) ?? null,
  locale: r.locale as 'id' | 'en',
  csvSha256: r.csv_sha256 as string,
  status: r.status as EnrolmentImportStatus,
  totalRows: r.total_rows as number,
  processedRows: r.processed_rows as number,
  enrolled: r.enrolled as number,
  refused: r.refused as number,
  alreadyEnrolled: r.already_enrolled as number,
  error: (r.error as string | null) ?? null,
  createdAt: new Date(r.created_at as string),
  finishedAt: r.finished_at ? new Date(r.finished_at as string) : null,
});

export interface NewEnrolmentImport {
  id: string;
  requester: ImportRequester;
  idempotencyKey: string;
  programmeId: string;
  cohortId: string | null;
  locale: 'id' | 'en';
  csvSealed: string;
  csvSha256: string;
  totalRows: number;
}

/** Records a new import; one with the same id (the same requester and key) is kept as it is. */
export async function insertImport(em: Em, job: NewEnrolmentImport): Promise<EnrolmentImportRow> {
  await sql(
    em,
    `insert into enrolment_import (id, requested_by, requested_role, requested_scope, idempotency_key, programme_id,
      cohort_id, locale, csv_sealed, csv_sha256, total_rows) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
      on conflict (id) do nothing`,
    [
      job.id,
      job.requester.userId,
      job.requester.role,
      JSON.stringify(job.requester),
      job.idempotencyKey,
      job.programmeId,
      job.cohortId,
      job.locale,
      job.csvSealed,
      job.csvSha256,
      job.totalRows,
    ],
  );
  return (await loadImport(em, job.id))!;
}

export async function loadImport(em: Em, id: string): Promise<EnrolmentImportRow | null> {
  const rows = await sql(em, `select ${COLUMNS} from enrolment_import where id = ?`, [id]);
  return rows[0] ? toImport(rows[0]) : null;
}

/** The sealed file of an import (read by its activities only). */
export async function sealedCsvOf(em: Em, id: string): Promise<string> {
  const rows = await sql<{ csv_sealed: string }[]>(em, 'select csv_sealed from enrolment_import where id = ?', [id]);
  if (!rows[0]) throw new Error(`No enrolment import ${id}`);
  return rows[0].csv_sealed;
}

/** Imports matching `where` (SQL over enrolment_import, with its params), newest first. */
export async function listImports(em: Em, where: string[], params: unknown[], first: number) {
  const rows = await sql(
    em,
    `select ${COLUMNS} from enrolment_import${where.length ? ` where ${where.join(' and ')}` : ''}
      order by created_at desc, id desc limit ?`,
    [...params, first],
  );
  return rows.map(toImport);
}

/** Row numbers of the import already applied. */
export async function appliedRows(em: Em, id: string): Promise<Set<number>> {
  const rows = await sql<{ row: number }[]>(em, 'select row from enrolment_import_row where import_id = ?', [id]);
  return new Set(rows.map((r) => r.row));
}

/**
 * Records the results of applied rows (a row already recorded keeps its first result) and the import's counts from
 * every recorded row, in one transaction: the import is RUNNING.
 */
export async function recordRows(em: Em, id: string, results: readonly ImportRowResult[]): Promise<void> {
  await em.transactional(async (tx) => {
    if (results.length)
      await sql(
        tx,
        `insert into enrolment_import_row (import_id, row, outcome, code, message, journey_id)
          select ?, r.row, r.outcome, r.code, r.message, r.journey_id
          from jsonb_to_recordset(?::jsonb) as r(row int, outcome text, code text, message text, journey_id uuid)
          on conflict (import_id, row) do nothing`,
        [
          id,
          JSON.stringify(
            results.map((r) => ({ ...r, journey_id: r.journeyId, message: r.message?.slice(0, 1000) ?? null })),
          ),
        ],
      );
    await sql(
      tx,
      notifyingEnrolmentImportWrite(`update enrolment_import i set status = 'RUNNING',
        started_at = coalesce(started_at, now()),
        processed_rows = c.processed, enrolled = c.enrolled, refused = c.refused, already_enrolled = c.already
      from (select count(*)::int processed, (count(*) filter (where outcome = 'ENROLLED'))::int enrolled,
          (count(*) filter (where outcome = 'REFUSED'))::int refused,
          (count(*) filter (where outcome = 'ALREADY_ENROLLED'))::int already
        from enrolment_import_row where import_id = ?) c
      where i.id = ? and i.status in ('QUEUED', 'RUNNING')`),
      [id, id],
    );
  });
}

export function markDone(em: Em, id: string): Promise<unknown> {
  return sql(
    em,
    notifyingEnrolmentImportWrite(`update enrolment_import set status = 'DONE', finished_at = now(), error = null
      where id = ? and status <> 'DONE'`),
    [id],
  );
}

/** An import that cannot finish: FAILED with a message a person can act on (no personal data). */
export function markFailed(em: Em, id: string, message: string): Promise<unknown> {
  return sql(
    em,
    notifyingEnrolmentImportWrite(
      `update enrolment_import set status = 'FAILED', error = ?, finished_at = now() where id = ? and status <> 'DONE'`,
    ),
    [message.slice(0, 500), id],
  );
}

/** Every recorded row of an import, in row order (the result file). */
export async function resultRows(em: Em, id: string): Promise<ImportRowResult[]> {
  const rows = await sql<
    { row: number; outcome: ImportRowOutcome; code: string | null; message: string | null; journey_id: string | null }[]
  >(em, 'select row, outcome, code, message, journey_id from enrolment_import_row where import_id = ? order by row', [
    id,
  ]);
  return rows.map((r) => ({
    row: r.row,
    outcome: r.outcome,
    code: r.code,
    message: r.message,
    journeyId: r.journey_id,
  }));
}
