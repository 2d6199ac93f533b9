import { selectionRefusalProblems } from '../../domain/cohort/selection-record.rules';
import { DomainError } from '../../domain/errors/error-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { CohortEntity, SelectionRecordEntity } from '../../db/entities';
import { inAuditTransaction } from '../audit/audit-sql';
import { assertPlaceInScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { deterministicUuid, isIdempotencyKey } from '../../db/shared/deterministic-id';
import { assertCohortId, cohortInScope } from './cohort-read.service';
import type { RecordSelectionRefusalInput } from './selection-record.input';

const sameFacts = (
  ctx: GraphQLContext,
  row: SelectionRecordEntity,
  input: RecordSelectionRefusalInput,
  note: string | null,
) =>
  row.programmeId === input.programmeId &&
  row.cohortId === input.cohortId &&
  row.regionCode === input.regionCode &&
  row.sex === input.sex &&
  row.disability === input.disability &&
  JSON.stringify(row.vulnerableGroups) === JSON.stringify(input.vulnerableGroups) &&
  JSON.stringify(row.reasons) === JSON.stringify(input.reasons) &&
  ctx.cipher.decryptNullable(row.note) === note;

/** The record as read: its note opened (sealed at rest), the managed entity left as stored. */
const opened = (ctx: GraphQLContext, row: SelectionRecordEntity): SelectionRecordEntity => ({
  ...row,
  note: ctx.cipher.decryptNullable(row.note),
});

/**
 * Keeps a candidate refused at selection (audited, codes only: the note, sealed at rest, stays out of the audit
 * log). The same
 * idempotency key records it once; the key reused for other facts is IDEMPOTENCY_KEY_REUSED.
 */
export async function recordSelectionRefusal(
  ctx: GraphQLContext,
  input: RecordSelectionRefusalInput,
): Promise<SelectionRecordEntity> {
  const principal = requirePrincipal(ctx.principal);
  assertCohortId('programmeId', input.programmeId);
  assertCohortId('cohortId', input.cohortId);
  if (!isIdempotencyKey(input.idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const note = input.note?.trim() || null;
  const problems = selectionRefusalProblems({ ...input, note });
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
  assertPlaceInScope(principal, input.programmeId, input.regionCode);
  const cohort = await ctx.em.findOne(CohortEntity, { id: input.cohortId, programmeId: input.programmeId });
  if (!cohort) throw new DomainError('COHORT_NOT_FOUND', `No cohort ${input.cohortId} in ${input.programmeId}`);
  const id = deterministicUuid('selection-refusal', input.idempotencyKey);
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    const inserted = await sql(
      `insert into selection_record (id, programme_id, cohort_id, region_code, sex, disability, vulnerable_groups,
       reasons, note, idempotency_key, recorded_by, recorded_at)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?) on conflict (idempotency_key) do nothing returning id`,
      [
        id,
        input.programmeId,
        input.cohortId,
        input.regionCode,
        input.sex,
        input.disability,
        JSON.stringify(input.vulnerableGroups),
        JSON.stringify(input.reasons),
        ctx.cipher.encryptNullable(note),
        input.idempotencyKey,
        principal.userId,
        at,
      ],
    );
    if (inserted.length === 0) return;
    await appendAuditRows(sql, [
      officeAuditRow('PROGRAMME_SETUP', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'selection.refuse',
        programmeId: input.programmeId,
        regionCode: input.regionCode,
        after: { selectionRecordId: id, cohortId: input.cohortId, reasons: input.reasons },
        requestId: ctx.requestId,
        idempotencyKey: input.idempotencyKey,
        at,
      }),
    ]);
  });
  const row = await ctx.em.fork().findOneOrFail(SelectionRecordEntity, { idempotencyKey: input.idempotencyKey });
  if (row.id !== id || !sameFacts(ctx, row, input, note)) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  return opened(ctx, row);
}

/** The refusals of a cohort the caller may read, in their regions, newest first (at most 500). */
export async function listSelectionRecords(ctx: GraphQLContext, cohortId: string): Promise<SelectionRecordEntity[]> {
  const principal = requirePrincipal(ctx.principal);
  await cohortInScope(ctx, cohortId);
  const rows = await ctx.em.find(
    SelectionRecordEntity,
    { cohortId },
    { orderBy: { recordedAt: 'desc', id: 'asc' }, limit: 500 },
  );
  return rows
    .filter((r) => principal.scope.regions.some((p) => p === '*' || r.regionCode.startsWith(p)))
    .map((r) => opened(ctx, r));
}
