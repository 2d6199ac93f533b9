import { DomainError } from '../../domain/errors/error-codes';
import {
  membersNotListed,
  planAttendance,
  sentOutcome,
  sessionCopyOf,
  type AttendanceEntry,
  type AttendanceFacts,
  type SessionCopy,
} from '../../domain/group/group-attendance.rules';
import { isGroupOpen } from '../../domain/group/group.rules';
import { localDayOf, memberCommandKey, membersOn, tallyOutcomes } from '../../domain/group/group-session.rules';
import { t } from '../../domain/i18n/translate';
import { isIsoDateTime, normaliseIso } from '../../domain/shared/iso-time';
import { GroupSessionEntity } from '../../db/entities';
import type { GraphQLContext } from '../context';
import { localizedMessage } from '../errors/error-mapping';
import { requireActor } from '../http/actor';
import { runJourneyCommand } from '../journey/journey-command.service';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { failureOf, itemContext } from '../shared/bulk-context';
import {
  assertGroupCallKey,
  groupForSessions,
  groupMemberships,
  journeyModules,
  scopeRefusals,
} from './group-session-read';
import { memberLine } from './member-line';
import { storeGroupAttendance, type AttendanceRow } from './group-session-write';
import type { RecordGroupAttendanceInput } from './group-session.input';
import type { GroupAttendanceReport, GroupSessionMemberResult } from './group-session.object';

/**
 * Records a group session's attendance for every member in one call. Each entry is the member's journey's own
 * recordAttendance command (key `<key>:<journeyId>`, at most BULK_CONCURRENCY at a time), so it applies once:
 * a retry answers ALREADY_APPLIED for what the journey already holds, and a call cut off half way is completed
 * by its retry. Entries are refused per member (domain/group/group-attendance.rules.ts) without stopping the
 * others; members on the day left out of the list are reported NOT_RECORDED. A group_attendance row is written
 * for every member whose journey holds the attendance (figures read them), audited (GROUP).
 */
export async function recordGroupAttendance(
  ctx: GraphQLContext,
  input: RecordGroupAttendanceInput,
  key: string,
): Promise<GroupAttendanceReport> {
  const started = Date.now();
  requireActor(ctx.actor);
  assertGroupCallKey(key);
  if (!isIsoDateTime(input.heldAt))
    throw new DomainError('VALIDATION_FAILED', 'heldAt must be an ISO-8601 date-time with a zone');
  const heldAt = normaliseIso(input.heldAt);
  const session = await ctx.em.findOne(GroupSessionEntity, { id: input.sessionId.toLowerCase() });
  if (!session) throw new DomainError('NOT_FOUND', `No group session ${input.sessionId}`);
  const group = await groupForSessions(ctx, session.groupId);
  if (!isGroupOpen(group.status)) throw new DomainError('GROUP_DISSOLVED');

  const entries: AttendanceEntry[] = input.entries.map((e) => ({
    journeyId: e.journeyId.toLowerCase(),
    status: e.status,
  }));
  const onDay = membersOn(await groupMemberships(ctx, group.id), localDayOf(input.heldAt));
  const modules = await journeyModules(ctx, onDay);
  const copies = new Map<string, SessionCopy | null>();
  for (const [id, runs] of modules) copies.set(id, sessionCopyOf(runs, session.id));
  const facts: AttendanceFacts = { membersOnDay: new Set(onDay), copies };
  const plans = planAttendance(entries, facts);
  const refusedScope = await scopeRefusals(
    ctx,
    entries.filter((_, i) => plans[i].kind !== 'REFUSE').map((e) => e.journeyId),
  );

  const lines = await mapWithConcurrency(
    entries,
    BULK_CONCURRENCY,
    async (entry, i): Promise<GroupSessionMemberResult> => {
      const plan = plans[i];
      const { journeyId, status } = entry;
      if (plan.kind === 'REFUSE') {
        const message = localizedMessage(plan, ctx.locale).message;
        const recorded = plan.code === 'ATTENDANCE_ALREADY_RECORDED' ? copies.get(journeyId) : null;
        return memberLine(journeyId, {
          outcome: 'REFUSED',
          code: plan.code,
          message,
          attendance: recorded?.attendance ?? null,
        });
      }
      const outOfScope = refusedScope.get(journeyId);
      if (outOfScope) return memberLine(journeyId, { outcome: 'REFUSED', moduleId: plan.moduleId, ...outOfScope });
      if (plan.kind === 'ALREADY')
        return memberLine(journeyId, { outcome: 'ALREADY_APPLIED', moduleId: plan.moduleId, attendance: plan.status });
      try {
        const view = await runJourneyCommand(itemContext(ctx), 'recordAttendance', {
          journeyId,
          idempotencyKey: memberCommandKey(key, journeyId),
          build: () => ({ type: 'recordAttendance', moduleId: plan.moduleId, sessionId: session.id, status, heldAt }),
        });
        const after = sessionCopyOf(view.state.modules, session.id);
        const result = sentOutcome(status, after);
        if (result.outcome === 'APPLIED') return memberLine(journeyId, { moduleId: plan.moduleId, attendance: status });
        return memberLine(journeyId, {
          outcome: 'REFUSED',
          moduleId: plan.moduleId,
          attendance: after?.attendance ?? null,
          code: result.code,
          message: localizedMessage(result, ctx.locale).message,
        });
      } catch (err) {
        return memberLine(journeyId, {
          outcome: 'REFUSED',
          moduleId: plan.moduleId,
          ...failureOf(ctx, err, { journeyId }),
        });
      }
    },
  );
  const missing = membersNotListed(entries, facts).map((journeyId) =>
    memberLine(journeyId, {
      outcome: 'NOT_RECORDED',
      moduleId: copies.get(journeyId)?.moduleId ?? null,
      message: t(ctx.locale, 'group.notListed'),
    }),
  );

  // Every listed member whose journey holds an attendance of the session gets its row, as the journey holds it.
  const rows: AttendanceRow[] = lines.flatMap((l) => {
    const held = l.outcome !== 'REFUSED' || l.code === 'ATTENDANCE_ALREADY_RECORDED';
    if (!held || !l.attendance) return [];
    return [{ journeyId: l.journeyId, status: l.attendance, heldAt: copies.get(l.journeyId)?.heldAt ?? heldAt }];
  });
  const refused = lines.filter((l) => l.outcome === 'REFUSED').map((l) => ({ journeyId: l.journeyId, code: l.code! }));
  await storeGroupAttendance(ctx, group, session.id, rows, refused, key);

  const members = [...lines, ...missing];
  const tally = tallyOutcomes(members.map((l) => l.outcome));
  const totals = {
    members: members.length,
    applied: tally.APPLIED,
    alreadyApplied: tally.ALREADY_APPLIED,
    refused: tally.REFUSED,
    notRecorded: tally.NOT_RECORDED,
  };
  ctx.logger.info({ ...totals, sessionId: session.id, ms: Date.now() - started }, 'group attendance');
  return { sessionId: session.id, totals, members };
}
