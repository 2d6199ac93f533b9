import { randomUUID } from 'node:crypto';
import { appendAuditRows } from '../../db/audit/audit-append';
import { unsealNarrative, type WeeklyNarrativeRow } from '../../db/reports/weekly-narrative.store';
import { ProgrammeEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import { narrativeTextProblems, normaliseNarrative, weekOfProblem } from '../../domain/report/weekly-narrative.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import type { RecordWeeklyNarrativeInput } from './weekly-narrative.input';

/**
 * recordWeeklyNarrative: one narrative per facilitator, programme and week. The first records it; a later call
 * with another idempotency key replaces its texts (revision + 1), so a facilitator corrects their week; a retry
 * with the key that wrote the current texts answers them unchanged. A key already used for another week is
 * IDEMPOTENCY_KEY_REUSED. Bad input (WEEK_NOT_VALID, VALIDATION_FAILED) changes nothing. Texts sealed at rest;
 * the audit row (source REPORTING) holds programme, week and revision only.
 */
export async function recordWeeklyNarrative(
  ctx: GraphQLContext,
  input: RecordWeeklyNarrativeInput,
  idempotencyKey: string,
): Promise<WeeklyNarrativeRow> {
  const principal = requirePrincipal(ctx.principal);
  if (!isIdempotencyKey(idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  const weekProblem = weekOfProblem(input.weekOf, new Date().toISOString().slice(0, 10));
  if (weekProblem) throw new DomainError('WEEK_NOT_VALID', weekProblem);
  const problems = narrativeTextProblems(input);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
  if (!(await ctx.em.findOne(ProgrammeEntity, { id: input.programmeId })))
    throw new DomainError('NOT_FOUND', `No programme ${input.programmeId}`);
  const texts = normaliseNarrative(input);
  const seal = (t: string) => ctx.cipher.encrypt(t);
  const row = await inAuditTransaction(ctx.em, async (sql) => {
    const [used] = await sql(
      `select programme_id, to_char(week_of, 'YYYY-MM-DD') as week_of from weekly_narrative
        where facilitator_id = ? and idempotency_key = ?`,
      [principal.userId, idempotencyKey],
    );
    if (used && (used.programme_id !== input.programmeId || used.week_of !== input.weekOf))
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key already recorded another week');
    const at = new Date();
    const [written] = await sql(
      `insert into weekly_narrative (id, facilitator_id, programme_id, week_of, field_constraints_sealed,
         participant_feedback_sealed, next_week_plan_sealed, lessons_learned_sealed, idempotency_key, recorded_at,
         updated_at)
       values (?, ?, ?, ?::date, ?, ?, ?, ?, ?, ?, ?)
       on conflict (facilitator_id, programme_id, week_of) do update set
         field_constraints_sealed = excluded.field_constraints_sealed,
         participant_feedback_sealed = excluded.participant_feedback_sealed,
         next_week_plan_sealed = excluded.next_week_plan_sealed,
         lessons_learned_sealed = excluded.lessons_learned_sealed, idempotency_key = excluded.idempotency_key,
         revision = weekly_narrative.revision + 1, updated_at = excluded.updated_at
       where weekly_narrative.idempotency_key <> excluded.idempotency_key
       returning id, revision`,
      [
        randomUUID(),
        principal.userId,
        input.programmeId,
        input.weekOf,
        seal(texts.fieldConstraints),
        seal(texts.participantFeedback),
        seal(texts.nextWeekPlan),
        texts.lessonsLearned === null ? null : seal(texts.lessonsLearned),
        idempotencyKey,
        at,
        at,
      ],
    );
    if (written) {
      await appendAuditRows(sql, [
        {
          at,
          actorId: principal.userId,
          actorRole: principal.role,
          action: 'recordWeeklyNarrative',
          journeyId: null,
          programmeId: input.programmeId,
          regionCode: null,
          reason: null,
          before: null,
          after: { narrativeId: written.id, weekOf: input.weekOf, revision: Number(written.revision) },
          requestId: ctx.requestId ?? null,
          idempotencyKey,
          workflowId: null,
          runId: null,
          eventSeq: null,
          source: 'REPORTING',
        },
      ]);
    }
    const [current] = await sql(
      `select id, programme_id, facilitator_id, to_char(week_of, 'YYYY-MM-DD') as week_of, field_constraints_sealed,
         participant_feedback_sealed, next_week_plan_sealed, lessons_learned_sealed, revision, recorded_at, updated_at
         from weekly_narrative where facilitator_id = ? and programme_id = ? and week_of = ?::date`,
      [principal.userId, input.programmeId, input.weekOf],
    );
    return current;
  });
  return unsealNarrative(ctx.cipher, row);
}
