import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import type { AppConfig } from '../../config/env';
import { nikHash } from '../../db/personal-data/sealed-columns';
import { isRetriedFailure, outcomeOfFailure } from '../../domain/enrolment-import/enrolment-import.rules';
import type {
  ImportJobRef,
  ImportRecord,
  ImportRowApplier,
  ImportRowResult,
} from '../../domain/enrolment-import/enrolment-import.types';
import { DomainError } from '../../domain/errors/error-codes';
import { t } from '../../domain/i18n/translate';
import type { CallerRole } from '../auth/principal';
import type { GraphQLContext } from '../context';
import { createLoaders } from '../loaders';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../shared/bounded-concurrency';
import { failureOf } from '../shared/bulk-context';
import { CsvParseError, isBlankRecord, parseCsv } from './csv.parser';
import { readHeader, toEnrolmentInput, validateInput } from './enrolment-csv.mapper';
import { enrollBeneficiary } from './enrolment.service';

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

export interface ImportRowDeps {
  orm: MikroORM;
  temporal: Client;
  config: AppConfig;
  logger: Logger;
  cipher: FieldCipher;
}

/** The requester's context for one row: as if they had posted it (their role and scope), with its own ORM fork. */
function rowContext(deps: ImportRowDeps, job: ImportJobRef): GraphQLContext {
  const em = deps.orm.em.fork();
  const role = job.requester.role as CallerRole;
  const { userId, programmes, regions, organisations } = job.requester;
  return {
    em,
    temporal: deps.temporal,
    config: deps.config,
    actor: { userId, role },
    principal: { userId, name: userId, roles: [role], role, scope: { programmes, regions, organisations } },
    requestId: `enrolment-import-${job.importId}`,
    logger: deps.logger,
    loaders: createLoaders(em),
    locale: job.locale,
    cipher: deps.cipher,
  };
}

/**
 * Enrols rows of an import through the single enrolment (same validation, selection criteria, scope and journey
 * start), at most BULK_CONCURRENCY at a time, each with its row's enrolment key. A NIK enrolled elsewhere is
 * ALREADY_ENROLLED (DUPLICATE_NIK, with that journey); a NIK repeating an earlier row of the file is REFUSED.
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
  const holderOf = async (ctx: GraphQLContext, nik: string) =>
    (
      await ctx.em
        .getConnection()
        .execute<{ id: string; enrolment_key: string }[]>(
          'select id, enrolment_key from beneficiary where nik_hash = ?',
          [nikHash(deps.cipher, nik)],
        )
    )[0] ?? null;

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
        const ctx = rowContext(deps, job);
        const key = importRowKey(job.importId, row);
        const holder = await holderOf(ctx, input.nik);
        if (holder && holder.enrolment_key !== key) return elsewhere(job, row, holder.id);
        try {
          const { view } = await enrollBeneficiary(ctx, input, key);
          return { row, outcome: 'ENROLLED', code: null, message: null, journeyId: view.state.journeyId };
        } catch (err) {
          const { code, message } = failureOf(ctx, err, { row, importId: job.importId });
          if (isRetriedFailure(code)) throw err; // the activity is retried; rows recorded so far stay
          // A NIK enrolled elsewhere between the look-up and the insert.
          const winner = code === 'DUPLICATE_NIK' ? await holderOf(rowContext(deps, job), input.nik) : null;
          return outcomeOfFailure(code, winner?.id ?? null) === 'ALREADY_ENROLLED'
            ? elsewhere(job, row, winner!.id)
            : refused(row, code, message);
        }
      });
    },
  };
}
