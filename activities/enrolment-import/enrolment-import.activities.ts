import type { MikroORM } from '@mikro-orm/postgresql';
import { Context, log } from '@temporalio/activity';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import {
  appliedRows,
  loadImport,
  markDone,
  markFailed,
  recordRows,
  sealedCsvOf,
} from '../../db/enrolment-import/enrolment-import.store';
import { IMPORT_PAGE_SIZE, nextPage, repeatedNikRows } from '../../domain/enrolment-import/enrolment-import.rules';
import type {
  EnrolmentImportActivities,
  ImportPageProgress,
  ImportRowApplier,
} from '../../domain/enrolment-import/enrolment-import.types';

/**
 * An import's steps (payloads carry its id only; the file is opened here from its sealed column and never leaves
 * the activity). A page is the next rows not recorded yet: rows already recorded (an earlier attempt, a crash after
 * part of a page) are skipped, so every row is applied once, and the enrolment key of a row (import id + row)
 * makes a row enrolled before a crash but not recorded come back as the same person, never a second one.
 */
export function createEnrolmentImportActivities(
  orm: MikroORM,
  cipher: FieldCipher,
  applier: ImportRowApplier,
  pageSize: number = IMPORT_PAGE_SIZE,
): EnrolmentImportActivities {
  return {
    async applyEnrolmentImportPage(importId: string): Promise<ImportPageProgress> {
      const em = orm.em.fork();
      const job = await loadImport(em, importId);
      if (!job) throw new Error(`No enrolment import ${importId}`);
      if (job.status === 'DONE' || job.status === 'FAILED') return { done: job.totalRows, total: job.totalRows };
      const { header, rows } = applier.readRecords(cipher.decrypt(await sealedCsvOf(em, importId)));
      const applied = await appliedRows(em, importId);
      const pending = rows.filter((r) => !applied.has(r.row));
      const page = nextPage(pending.length, 0, pageSize);
      if (page) {
        const applying = applier.applyRows(
          {
            importId,
            programmeId: job.programmeId,
            cohortId: job.cohortId,
            locale: job.locale,
            requester: job.requester,
          },
          header,
          pending.slice(page.from, page.to),
          repeatedNikRows(header, rows),
        );
        applying.catch(() => undefined); // an abandoned page's late failure is the next attempt's to meet
        // Each row waits for its new journey's first step, which needs a workflow worker: a worker shutting down
        // polls no more workflow tasks, so the page gives up when the activity is cancelled (the worker's shutdown
        // or the server's) and the next attempt applies its rows again, by their keys, without recording twice.
        const results = await Promise.race([applying, Context.current().cancelled]);
        await recordRows(em, importId, results);
      }
      const done = rows.length - pending.length + (page ? page.to - page.from : 0);
      log.info('enrolment import page applied', { importId, done, total: rows.length });
      return { done, total: rows.length };
    },

    async finishEnrolmentImport(importId: string): Promise<void> {
      await markDone(orm.em.fork(), importId);
    },

    async failEnrolmentImport(importId: string, message: string): Promise<void> {
      await markFailed(orm.em.fork(), importId, message);
    },
  };
}
