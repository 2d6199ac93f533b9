import { DomainError, type ErrorCode } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { t } from '../../domain/i18n/translate';
import { CohortEntity, ProgrammeEntity } from '../../db/entities';
import { nikHash } from '../../db/personal-data/sealed-columns';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { failureOf, itemContext } from '../shared/bulk-context';
import {
  BulkEnrolmentRowStatus as S,
  type BulkEnrolmentReport,
  type BulkEnrolmentRowResult,
} from './bulk-enrolment.object';
import { CsvParseError, isBlankRecord, parseCsv } from '../../db/enrolment-import/csv.parser';
import type { EnrolmentFields } from '../../db/beneficiary/enrolment-fields.validator';
import { readHeader, toEnrolmentInput, validateInput } from '../../db/beneficiary/enrolment-csv.mapper';
import { enrollBeneficiary } from './enrolment.service';

export const MAX_CSV_ROWS = 2000;
/** The GraphQL body limit (MAX_BODY_BYTES, api/http/graphql-http.handler.ts) bounds the CSV; this bounds any caller. */
export const MAX_CSV_BYTES = 1_000_000;
/** Row keys are `<bulk key>:<row>` and must stay within the 128-character key limit. */
const MAX_BULK_KEY = 128 - `:${MAX_CSV_ROWS}`.length;

export interface BulkEnrolmentArgs {
  csv: string;
  programmeId: string;
  cohortId?: string;
  idempotencyKey: string;
}
type Prepared = { row: number; input: EnrolmentFields } | { row: number; result: BulkEnrolmentRowResult };
type Existing = { id: string; nik_hash: string | null; enrolment_key: string };

const failed = (row: number, code: ErrorCode, message: string): BulkEnrolmentRowResult => ({
  row,
  status: S.FAILED,
  journeyId: null,
  code,
  message,
  warnings: [],
});
const alreadyElsewhere = (ctx: GraphQLContext, row: number, journeyId: string): BulkEnrolmentRowResult => ({
  row,
  status: S.ALREADY_ENROLLED,
  journeyId,
  code: 'DUPLICATE_NIK',
  message: t(ctx.locale, 'bulk.alreadyEnrolledElsewhere', { journeyId }),
  warnings: [],
});

function checkRequest(ctx: GraphQLContext, args: BulkEnrolmentArgs): void {
  const actor = requireActor(ctx.actor);
  if (!['manager', 'facilitator'].includes(actor.role))
    throw new DomainError('FORBIDDEN', 'Only managers and facilitators enrol beneficiaries');
  if (!isIdempotencyKey(args.idempotencyKey) || args.idempotencyKey.length > MAX_BULK_KEY) {
    throw new DomainError('VALIDATION_FAILED', `idempotencyKey must be 8-${MAX_BULK_KEY} letters, digits or _-:.`);
  }
  if (args.cohortId !== undefined && args.cohortId !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(args.cohortId)) {
    throw new DomainError('VALIDATION_FAILED', 'cohortId must be 1-64 letters, digits, _ or -');
  }
  if (Buffer.byteLength(args.csv, 'utf8') > MAX_CSV_BYTES)
    throw new DomainError('VALIDATION_FAILED', `The CSV is larger than ${MAX_CSV_BYTES} bytes; split the file`);
}

/** Header, row limit, per-row validation (the single enrolment's rules) and NIKs repeated in the file. */
async function prepareRows(args: BulkEnrolmentArgs, locale: Locale): Promise<Prepared[]> {
  let records: string[][];
  try {
    records = parseCsv(args.csv);
  } catch (err) {
    if (err instanceof CsvParseError) throw new DomainError('VALIDATION_FAILED', err.message);
    throw err;
  }
  if (records.length === 0)
    throw new DomainError('VALIDATION_FAILED', 'The CSV is empty: it needs a header row and data rows');
  const columns = readHeader(records[0]);
  const data = records
    .slice(1)
    .map((record, i) => ({ row: i + 1, record }))
    .filter((r) => !isBlankRecord(r.record));
  if (data.length > MAX_CSV_ROWS)
    throw new DomainError(
      'VALIDATION_FAILED',
      `The CSV has ${data.length} data rows; at most ${MAX_CSV_ROWS} per request`,
    );

  const firstRowOfNik = new Map<string, number>();
  return Promise.all(
    data.map(async ({ row, record }): Promise<Prepared> => {
      if (record.length !== records[0].length)
        return {
          row,
          result: failed(
            row,
            'VALIDATION_FAILED',
            t(locale, 'bulk.rowFieldCount', { fields: record.length, header: records[0].length }),
          ),
        };
      const input = toEnrolmentInput(record, columns, args.programmeId, args.cohortId ?? undefined);
      const problem = await validateInput(input, locale);
      return problem ? { row, result: failed(row, 'VALIDATION_FAILED', problem) } : { row, input };
    }),
  ).then((rows) =>
    rows.map((p) => {
      if (!('input' in p)) return p;
      const first = firstRowOfNik.get(p.input.nik);
      if (first === undefined) {
        firstRowOfNik.set(p.input.nik, p.row);
        return p;
      }
      return { row: p.row, result: failed(p.row, 'DUPLICATE_NIK', t(locale, 'bulk.nikRepeated', { row: first })) };
    }),
  );
}

/**
 * Enrols every valid row through the single enrolment (same rules, same service), at most
 * BULK_CONCURRENCY at a time. Row keys derive from the bulk key, so posting the same file with
 * the same key again enrols nobody twice: those rows come back ALREADY_ENROLLED.
 */
export async function enrollBeneficiariesCsv(
  ctx: GraphQLContext,
  args: BulkEnrolmentArgs,
): Promise<BulkEnrolmentReport> {
  const started = Date.now();
  checkRequest(ctx, args);
  if (!(await ctx.em.findOne(ProgrammeEntity, { id: args.programmeId })))
    throw new DomainError('NOT_FOUND', `No programme ${args.programmeId}`);
  // A cohort that is not there fails the whole file at once (its status and region are checked row by row).
  if (args.cohortId && !(await ctx.em.findOne(CohortEntity, { id: args.cohortId, programmeId: args.programmeId })))
    throw new DomainError('COHORT_NOT_FOUND', `No cohort ${args.cohortId} in programme ${args.programmeId}`);
  const prepared = await prepareRows(args, ctx.locale);
  const rowKey = (row: number) => `${args.idempotencyKey}:${row}`;
  const toEnrol = prepared.flatMap((p) => ('input' in p ? [p] : []));
  // One query: people already enrolled with these NIKs (by blind index: NIKs are sealed), or by these row keys (an
  // earlier post of this file).
  const hashOf = new Map(toEnrol.map((p) => [p.row, nikHash(ctx.cipher, p.input.nik)]));
  const existing =
    toEnrol.length === 0
      ? []
      : await ctx.em.getConnection().execute<Existing[]>(
          `select id, nik_hash, enrolment_key from beneficiary
      where nik_hash in (select jsonb_array_elements_text(?::jsonb))
        or enrolment_key in (select jsonb_array_elements_text(?::jsonb))`,
          [JSON.stringify([...hashOf.values()]), JSON.stringify(toEnrol.map((p) => rowKey(p.row)))],
        );
  const byNik = new Map(existing.map((e) => [e.nik_hash, e]));
  const keysUsed = new Set(existing.map((e) => e.enrolment_key));

  const rows = await mapWithConcurrency(prepared, BULK_CONCURRENCY, async (p): Promise<BulkEnrolmentRowResult> => {
    if (!('input' in p)) return p.result;
    const key = rowKey(p.row);
    const other = byNik.get(hashOf.get(p.row)!);
    if (other && other.enrolment_key !== key) return alreadyElsewhere(ctx, p.row, other.id);
    const rowCtx = itemContext(ctx);
    try {
      const { view, warnings } = await enrollBeneficiary(rowCtx, p.input, key);
      return keysUsed.has(key)
        ? {
            row: p.row,
            status: S.ALREADY_ENROLLED,
            journeyId: view.state.journeyId,
            code: null,
            message: t(ctx.locale, 'bulk.alreadyEnrolledByKey'),
            warnings,
          }
        : { row: p.row, status: S.ENROLLED, journeyId: view.state.journeyId, code: null, message: null, warnings };
    } catch (err) {
      const { code, message } = failureOf(ctx, err, { row: p.row });
      if (code === 'DUPLICATE_NIK') {
        // enrolled elsewhere between our look-up and the insert
        const winner = await rowCtx.em
          .getConnection()
          .execute<Existing[]>('select id from beneficiary where nik_hash = ?', [hashOf.get(p.row)]);
        if (winner[0]) return alreadyElsewhere(ctx, p.row, winner[0].id);
      }
      return failed(p.row, code, message);
    }
  });

  const count = (s: S) => rows.filter((r) => r.status === s).length;
  const totals = {
    rows: rows.length,
    enrolled: count(S.ENROLLED),
    failed: count(S.FAILED),
    alreadyEnrolled: count(S.ALREADY_ENROLLED),
  };
  ctx.logger.info({ ...totals, programmeId: args.programmeId, ms: Date.now() - started }, 'bulk enrolment from CSV');
  return { totals, rows };
}
