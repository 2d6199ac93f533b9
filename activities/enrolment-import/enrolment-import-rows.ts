import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { log } from '@temporalio/activity';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { appendAuditRows } from '../../db/audit/audit-append';
import { readHeader, toEnrolmentInput, validateInput } from '../../db/beneficiary/enrolment-csv.mapper';
import { enrolBeneficiary, type EnrolmentDeps, type Enroller } from '../../db/beneficiary/enrolment.service';
import { importRowKey, readImportFile } from '../../db/enrolment-import/enrolment-import-file';
import { nikHash } from '../../db/personal-data/sealed-columns';
import { isRetriedFailure, outcomeOfFailure } from '../../domain/enrolment-import/enrolment-import.rules';
import type {
  ImportJobRef,
  ImportRowApplier,
  ImportRowResult,
} from '../../domain/enrolment-import/enrolment-import.types';
import { DomainError, ERROR_CODES, type ErrorCode } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { errorText, t } from '../../domain/i18n/translate';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import type { CallerRole } from '../../domain/staff/principal.rules';
import { sqlIn } from '../../db/shared/sql-rows';

export interface ImportRowDeps {
  orm: MikroORM;
  temporal: Client;
  /** The journeys' task queue (TEMPORAL_TASK_QUEUE). */
  taskQueue: string;
  cipher: FieldCipher;
}

/** A refusal as a result line: its catalogue code and message in the import's language (as the API words it). */
function failureOf(err: unknown, locale: Locale, item: Record<string, unknown>): { code: ErrorCode; message: string } {
  if (err instanceof DomainError) {
    if (locale === 'en') return { code: err.code, message: err.message || ERROR_CODES[err.code] };
    return { code: err.code, message: errorText(locale, err.code) };
  }
  log.error('enrolment import row failed unexpectedly', { ...item, err: (err as Error)?.message });
  return { code: 'INTERNAL', message: errorText(locale, 'INTERNAL') };
}

/** A row refused for who the requester is or may do: one DENIED audit row, as for a refused enrollBeneficiary. */
async function recordDenial(em: EntityManager, job: ImportJobRef, key: string, err: DomainError): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await appendAuditRows(sqlIn(tx), [
      {
        at: new Date(),
        actorId: job.requester.userId,
        actorRole: job.requester.role,
        action: 'enroll',
        journeyId: null,
        programmeId: null,
        regionCode: null,
        reason: null,
        before: null,
        after: { code: err.code, message: err.message },
        requestId: `enrolment-import-${job.importId}`,
        idempotencyKey: key,
        workflowId: null,
        runId: null,
        eventSeq: null,
        source: 'DENIED',
      },
    ]);
  });
}

/**
 * Enrols rows of an import through the single enrolment (db/beneficiary/enrolment.service.ts: same validation,
 * selection criteria, scope and journey start as enrollBeneficiary), as the requester (their role and scope when
 * they started it), at most BULK_CONCURRENCY at a time, each with its row's enrolment key. A NIK enrolled
 * elsewhere is ALREADY_ENROLLED (DUPLICATE_NIK, with that journey); a NIK repeating an earlier row is REFUSED.
 */
export function createImportRowApplier(deps: ImportRowDeps): ImportRowApplier {
  const refused = (row: number, code: string, message: string): ImportRowResult => ({
    row,
    outcome: 'REFUSED',
    code,
    message,
    journeyId: null,
  });
  const elsewhere = (job: ImportJobRef, row: number, journeyId: string): ImportRowResult => ({
    row,
    outcome: 'ALREADY_ENROLLED',
    code: 'DUPLICATE_NIK',
    message: t(job.locale, 'bulk.alreadyEnrolledElsewhere', { journeyId }),
    journeyId,
  });
  const holderOf = async (em: EntityManager, nik: string) =>
    (
      await em
        .getConnection()
        .execute<{ id: string; enrolment_key: string }[]>(
          'select id, enrolment_key from beneficiary where nik_hash = ?',
          [nikHash(deps.cipher, nik)],
        )
    )[0] ?? null;
  const enrollerOf = (job: ImportJobRef): Enroller => {
    const { userId, role, programmes, regions, organisations } = job.requester;
    return { actor: { userId, role: role as CallerRole }, scope: { programmes, regions, organisations } };
  };

  return {
    readRecords: readImportFile,
    applyRows(job, header, rows, repeats) {
      const columns = readHeader(header);
      return mapWithConcurrency(rows, BULK_CONCURRENCY, async ({ row, record }): Promise<ImportRowResult> => {
        const first = repeats.get(row);
        if (first !== undefined)
          return refused(row, 'DUPLICATE_NIK', t(job.locale, 'bulk.nikRepeated', { row: first }));
        if (record.length !== header.length)
          return refused(
            row,
            'VALIDATION_FAILED',
            t(job.locale, 'bulk.rowFieldCount', { fields: record.length, header: header.length }),
          );
        const input = toEnrolmentInput(record, columns, job.programmeId, job.cohortId ?? undefined);
        const problem = await validateInput(input, job.locale);
        if (problem) return refused(row, 'VALIDATION_FAILED', problem);
        const em = deps.orm.em.fork(); // one EntityManager per row: rows run concurrently
        const key = importRowKey(job.importId, row);
        const holder = await holderOf(em, input.nik);
        if (holder && holder.enrolment_key !== key) return elsewhere(job, row, holder.id);
        const enrolment: EnrolmentDeps = {
          em,
          cipher: deps.cipher,
          temporal: deps.temporal,
          taskQueue: deps.taskQueue,
          requestId: `enrolment-import-${job.importId}`,
        };
        try {
          const { view } = await enrolBeneficiary(enrolment, enrollerOf(job), input, key);
          return { row, outcome: 'ENROLLED', code: null, message: null, journeyId: view.state.journeyId };
        } catch (err) {
          const { code, message } = failureOf(err, job.locale, { row, importId: job.importId });
          if (isRetriedFailure(code)) throw err; // the activity is retried; rows recorded so far stay
          if (code === 'FORBIDDEN') await recordDenial(em, job, key, err as DomainError);
          // A NIK enrolled elsewhere between the look-up and the insert.
          const winner = code === 'DUPLICATE_NIK' ? await holderOf(deps.orm.em.fork(), input.nik) : null;
          return outcomeOfFailure(code, winner?.id ?? null) === 'ALREADY_ENROLLED'
            ? elsewhere(job, row, winner!.id)
            : refused(row, code, message);
        }
      });
    },
  };
}
