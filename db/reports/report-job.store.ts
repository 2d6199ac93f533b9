import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { openReportBytes, sealReportBytes } from '../personal-data/sealed-report-files';
import { notifyingReportJobWrite } from '../live/live-notify.sql';

/**
 * The report job store: job status and progress, figures and the finished file (written by the report
 * activities, the file read by the download endpoint). Every write is idempotent. A status or progress
 * change notifies live subscribers in the same statement (delivered at commit: db/live/live-notify.sql.ts).
 */
type Em = EntityManager;
const run = (em: Em, sql: string, params: unknown[]) => em.getConnection().execute(sql, params, 'run');

/** Moves a job forward (never back, never out of DONE), e.g. RUNNING at 10% when figures start. */
export function markProgress(em: Em, jobId: string, progress: number): Promise<unknown> {
  return run(
    em,
    notifyingReportJobWrite(`update report_job set status = 'RUNNING', progress = greatest(progress, ?),
      started_at = coalesce(started_at, now())
    where id = ? and status in ('QUEUED', 'RUNNING') and (status = 'QUEUED' or progress < ?)`),
    [progress, jobId, progress],
  );
}

export function storeFigures(em: Em, jobId: string, figures: unknown, progress: number): Promise<unknown> {
  return run(
    em,
    notifyingReportJobWrite(`update report_job set figures = ?::jsonb, progress = greatest(progress, ?)
    where id = ? and status in ('QUEUED', 'RUNNING')`),
    [JSON.stringify(figures), progress, jobId],
  );
}

/** Stores (or replaces, on a retry) the file, sealed, and marks the job DONE at 100%, in one transaction. */
export async function storeFile(
  em: Em,
  cipher: FieldCipher,
  jobId: string,
  file: { bytes: Buffer; contentType: string; fileName: string },
): Promise<void> {
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext<Knex.Transaction>();
    await conn.execute(
      `insert into report_file (job_id, content_type, file_name, size, sha256, bytes) values (?, ?, ?, ?, ?, ?)
      on conflict (job_id) do update set content_type = excluded.content_type, file_name = excluded.file_name,
        size = excluded.size, sha256 = excluded.sha256, bytes = excluded.bytes, created_at = now()`,
      [
        jobId,
        file.contentType,
        file.fileName,
        file.bytes.length,
        createHash('sha256').update(file.bytes).digest('hex'),
        sealReportBytes(cipher, file.bytes),
      ],
      'run',
      ctx,
    );
    await conn.execute(
      notifyingReportJobWrite(`update report_job set status = 'DONE', progress = 100, error = null,
        finished_at = now() where id = ? and status <> 'DONE'`),
      [jobId],
      'run',
      ctx,
    );
  });
}

/** A job that cannot finish: FAILED with a message a person can act on (no personal data). */
export function markFailed(em: Em, jobId: string, message: string): Promise<unknown> {
  return run(
    em,
    notifyingReportJobWrite(
      `update report_job set status = 'FAILED', error = ?, finished_at = now() where id = ? and status <> 'DONE'`,
    ),
    [message.slice(0, 500), jobId],
  );
}

/** The finished file, opened (sealed at rest: db/personal-data/sealed-report-files.ts). */
export async function readFile(
  em: Em,
  cipher: FieldCipher,
  jobId: string,
): Promise<{ bytes: Buffer; contentType: string; fileName: string } | null> {
  const rows = await em
    .getConnection()
    .execute<{ bytes: Buffer; content_type: string; file_name: string }[]>(
      'select bytes, content_type, file_name from report_file where job_id = ?',
      [jobId],
    );
  return rows[0]
    ? { bytes: openReportBytes(cipher, rows[0].bytes), contentType: rows[0].content_type, fileName: rows[0].file_name }
    : null;
}
