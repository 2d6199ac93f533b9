import { DomainError } from '../../domain/errors/error-codes';
import {
  groupSessionRefusal,
  localDayOf,
  memberCommandKey,
  membersOn,
  scheduleTarget,
  tallyOutcomes,
} from '../../domain/group/group-session.rules';
import { templateOf } from '../../domain/module/module-run.rules';
import { ProgrammeEntity, type GroupSessionEntity } from '../../db/entities';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { runJourneyCommand } from '../journey/journey-command.service';
import { BULK_CONCURRENCY, mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { failureOf, itemContext } from '../shared/bulk-context';
import { localizedMessage } from '../errors/error-mapping';
import {
  assertGroupCallKey,
  groupForSessions,
  groupMemberships,
  journeyModules,
  scopeRefusals,
} from './group-session-read';
import { memberLine } from './member-line';
import { storeGroupSession } from './group-session-write';
import type { ScheduleGroupSessionInput } from './group-session.input';
import type { GroupSessionMemberResult, GroupSessionObject, GroupSessionSchedule } from './group-session.object';

export const sessionObject = (row: GroupSessionEntity): GroupSessionObject => ({
  id: row.id,
  groupId: row.groupId,
  moduleTemplateId: row.moduleTemplateId,
  sessionType: row.sessionType,
  startsAt: new Date(row.startsAt),
  durationHours: Number(row.durationHours),
  location: row.location,
  topic: row.topic,
  presenter: row.presenter,
});

/**
 * Schedules one session of an open learning group, once: a group_session row (audited GROUP), then its copy in
 * the journey of every member on the session's day, each through that journey's scheduleSession command with key
 * `<key>:<journeyId>` and the session's own id, so the member's history holds it. A retry with the same key
 * returns the same session and completes the members a cut-off call did not reach; a member refused (no open
 * module of the template, journey moved on, not in the caller's caseload) never stops the others. The
 * location, topic and presenter stay in PostgreSQL: journeys and audit rows get ids, codes and figures.
 */
export async function scheduleGroupSession(
  ctx: GraphQLContext,
  input: ScheduleGroupSessionInput,
  key: string,
): Promise<GroupSessionSchedule> {
  const started = Date.now();
  requireActor(ctx.actor);
  assertGroupCallKey(key);
  const group = await groupForSessions(ctx, input.groupId);
  const programme = await ctx.em.findOneOrFail(ProgrammeEntity, { id: group.programmeId });
  const rules = await loadProgrammeRules(ctx.em, programme.rulesId, programme.rulesVersion);
  const template = group.moduleTemplateId ? templateOf(group.moduleTemplateId, rules) : undefined;
  const refusal = groupSessionRefusal(group, template, input, rules);
  if (refusal || !template) throw new DomainError(refusal?.code ?? 'UNKNOWN_MODULE', refusal?.message);
  const session = await storeGroupSession(
    ctx,
    group,
    template.id,
    {
      sessionType: input.sessionType,
      startsAt: new Date(input.startsAt),
      durationHours: input.durationHours,
      location: input.location.trim(),
      topic: input.topic.trim(),
      presenter: input.presenter.trim(),
    },
    key,
  );

  const members = membersOn(await groupMemberships(ctx, group.id), localDayOf(input.startsAt));
  const modules = await journeyModules(ctx, members);
  const refusedScope = await scopeRefusals(ctx, members);
  const scheduledAt = new Date(session.startsAt).toISOString();
  const lines = await mapWithConcurrency(
    members,
    BULK_CONCURRENCY,
    async (journeyId): Promise<GroupSessionMemberResult> => {
      const outOfScope = refusedScope.get(journeyId);
      if (outOfScope) return memberLine(journeyId, { outcome: 'REFUSED', ...outOfScope });
      const plan = scheduleTarget(modules.get(journeyId) ?? null, session.moduleTemplateId, session.id);
      if (plan.kind === 'REFUSE')
        return memberLine(journeyId, {
          outcome: 'REFUSED',
          code: plan.code,
          message: localizedMessage(plan, ctx.locale).message,
        });
      if (plan.kind === 'ALREADY')
        return memberLine(journeyId, { outcome: 'ALREADY_APPLIED', moduleId: plan.moduleId });
      try {
        const view = await runJourneyCommand(itemContext(ctx), 'scheduleSession', {
          journeyId,
          idempotencyKey: memberCommandKey(key, journeyId),
          build: () => ({
            type: 'scheduleSession',
            moduleId: plan.moduleId,
            sessionId: session.id,
            sessionType: session.sessionType,
            scheduledAt,
            durationHours: Number(session.durationHours),
            groupId: group.id,
          }),
        });
        const held = view.state.modules.some((m) => m.sessions.some((s) => s.sessionId === session.id));
        if (held) return memberLine(journeyId, { moduleId: plan.moduleId });
        // The journey answered without the session: the member's key already scheduled another one.
        const reused = new DomainError(
          'IDEMPOTENCY_KEY_REUSED',
          'This idempotencyKey already scheduled another session',
        );
        return memberLine(journeyId, { outcome: 'REFUSED', moduleId: plan.moduleId, ...failureOf(ctx, reused, {}) });
      } catch (err) {
        return memberLine(journeyId, {
          outcome: 'REFUSED',
          moduleId: plan.moduleId,
          ...failureOf(ctx, err, { journeyId }),
        });
      }
    },
  );

  const t = tallyOutcomes(lines.map((l) => l.outcome));
  const totals = {
    members: lines.length,
    applied: t.APPLIED,
    alreadyApplied: t.ALREADY_APPLIED,
    refused: t.REFUSED,
    notRecorded: 0,
  };
  ctx.logger.info({ ...totals, sessionId: session.id, ms: Date.now() - started }, 'group session scheduled');
  return { session: sessionObject(session), totals, members: lines };
}
