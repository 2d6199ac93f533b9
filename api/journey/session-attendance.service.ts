import { COMMAND_POLICY } from '../../domain/journey/journey-command-policy';
import { t } from '../../domain/i18n/translate';
import { DomainError } from '../../domain/errors/error-codes';
import { attendanceRate } from '../../domain/module/module-run.rules';
import type { GraphQLContext } from '../context';
import { assertJourneyInScope } from '../auth/scope';
import { requireActor } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { failureOf, itemContext } from '../shared/bulk-context';
import type { SessionAttendanceInput } from './inputs/session-attendance.input';
import { runJourneyCommand } from './journey-command.service';
import type { SessionAttendanceEntryResult, SessionAttendanceReport } from './session-attendance.object';

/** Entry keys are `<key>:<journeyId>` (36 characters) and must stay within the 128-character key limit. */
const MAX_KEY = 128 - 37;

/**
 * Records a whole session's attendance: one `recordAttendance` journey command per entry (the
 * same command as the single mutation, so the same rules), at most BULK_CONCURRENCY at a time.
 * Entry keys derive from the call's key, so a retried call records nothing twice. An entry that
 * is refused never stops the others.
 */
export async function recordSessionAttendance(
  ctx: GraphQLContext,
  input: SessionAttendanceInput,
  idempotencyKey: string,
): Promise<SessionAttendanceReport> {
  const started = Date.now();
  const actor = requireActor(ctx.actor);
  if (!COMMAND_POLICY.recordAttendance.roles.includes(actor.role))
    throw new DomainError('FORBIDDEN', 'Attendance is recorded by facilitators and module mentors');
  if (!isIdempotencyKey(idempotencyKey) || idempotencyKey.length > MAX_KEY) {
    throw new DomainError('VALIDATION_FAILED', `idempotencyKey must be 8-${MAX_KEY} letters, digits or _-:.`);
  }
  const heldAt = new Date(input.heldAt).toISOString();

  const entries = await mapWithConcurrency(
    input.entries,
    BULK_CONCURRENCY,
    async (entry, i): Promise<SessionAttendanceEntryResult> => {
      const journeyId = entry.journeyId.toLowerCase();
      const base = { journeyId: entry.journeyId, attendanceRate: null };
      // Same key for both would silently answer the second with the first's result.
      if (input.entries.findIndex((e) => e.journeyId.toLowerCase() === journeyId) !== i) {
        return { ...base, ok: false, code: 'VALIDATION_FAILED', message: t(ctx.locale, 'bulk.listedTwice') };
      }
      try {
        const item = itemContext(ctx);
        // each participant's journey in the caller's scope and caseload
        await assertJourneyInScope(item, journeyId, { ownCaseload: true });
        const view = await runJourneyCommand(item, 'recordAttendance', {
          journeyId,
          idempotencyKey: `${idempotencyKey}:${journeyId}`,
          evidence: entry.notes
            ? { kind: 'ATTENDANCE_NOTE', payload: { ...entry, sessionId: input.sessionId, heldAt } }
            : undefined,
          build: () => ({
            type: 'recordAttendance',
            moduleId: entry.moduleId,
            sessionId: input.sessionId,
            status: entry.status,
            heldAt,
          }),
        });
        const module = view.state.modules.find((m) => m.moduleId === entry.moduleId);
        return { ...base, ok: true, code: null, message: null, attendanceRate: module ? attendanceRate(module) : null };
      } catch (err) {
        return { ...base, ok: false, ...failureOf(ctx, err, { journeyId, sessionId: input.sessionId }) };
      }
    },
  );

  const recorded = entries.filter((e) => e.ok).length;
  const totals = { entries: entries.length, recorded, failed: entries.length - recorded };
  ctx.logger.info({ ...totals, sessionId: input.sessionId, ms: Date.now() - started }, 'session attendance');
  return { totals, entries };
}
