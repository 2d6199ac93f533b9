import { officeAuditRow } from '../../db/audit/office-audit-row';
import { appendAuditRows } from '../../db/audit/audit-append';
import { openCaseloads } from '../../db/staff/open-caseload';
import { findAssignment } from '../../db/staff/staff-assignment.store';
import { DomainError } from '../../domain/errors/error-codes';
import { canTakeJourneys } from '../../domain/staff/caseload.rules';
import { inScope, type Principal } from '../../domain/staff/principal.rules';
import { recordDenial } from '../audit/audit-denial.service';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';
import { requireReason } from '../journey/journey-command.helpers';
import { runJourneyCommand } from '../journey/journey-command.service';
import { failureOf, itemContext } from '../shared/bulk-context';
import type { CaseloadHandOver, HandOverRefusal } from './hand-over.object';
import type { HandOverCaseloadInput } from './hand-over.input';
import { handOverJourneyKey, handOverKeyPrefix } from './hand-over-key';

/** A coordinator hands over only between facilitators they coordinate (the manager: any, in scope). */
async function assertTeam(ctx: GraphQLContext, principal: Principal, input: HandOverCaseloadInput): Promise<void> {
  if (principal.role !== 'coordinator') return;
  for (const id of [input.fromFacilitatorId, input.toFacilitatorId]) {
    const a = await findAssignment(ctx.em, input.programmeId, id, 'FACILITATOR');
    if (a?.coordinatorId !== principal.userId)
      throw new DomainError('FORBIDDEN', `${id} is not a facilitator you coordinate`);
  }
}

/** Journeys the earlier calls of this hand-over already reassigned (their events carry its keys). */
async function movedBefore(ctx: GraphQLContext, prefix: string, movedNow: string[]): Promise<number> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ journey_id: string }[]>(
      `select distinct journey_id from journey_event where type = 'FACILITATOR_REASSIGNED' and idempotency_key like ?`,
      [`${prefix}%`],
    );
  return rows.filter((r) => !movedNow.includes(r.journey_id)).length;
}

/**
 * Moves every open journey of `from` (in the programme and the caller's regions) to `to`: one
 * reassignFacilitator journey command each, recorded and audited by the journey as any other, its key
 * derived from the hand-over's key and the journey id, so a retry moves nothing twice. Refused whole,
 * before anything moves, when `to` is not an active facilitator of the programme or would pass their
 * caseload limit. Journeys outside the caller's regions stay and are reported as FORBIDDEN.
 */
export async function handOverCaseload(ctx: GraphQLContext, input: HandOverCaseloadInput): Promise<CaseloadHandOver> {
  const principal = requirePrincipal(ctx.principal);
  const reason = requireReason(input.reason);
  if (!isIdempotencyKey(input.idempotencyKey))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
  if (input.fromFacilitatorId === input.toFacilitatorId)
    throw new DomainError('VALIDATION_FAILED', 'fromFacilitatorId and toFacilitatorId must differ');
  try {
    await assertTeam(ctx, principal, input);
    const open = await ctx.em.getConnection().execute<{ id: string; region_code: string }[]>(
      `select id, region_code from journey where programme_id = ? and facilitator_id = ? and status <> 'CLOSED'
        order by enrolled_at, id`,
      [input.programmeId, input.fromFacilitatorId],
    );
    const movable = open.filter((j) => inScope(principal.scope, input.programmeId, j.region_code)).map((j) => j.id);
    const target = await findAssignment(ctx.em, input.programmeId, input.toFacilitatorId, 'FACILITATOR');
    const held = (await openCaseloads(ctx.em, input.programmeId, [input.toFacilitatorId])).get(input.toFacilitatorId);
    const check = canTakeJourneys(target, held ?? 0, movable.length);
    if (!check.ok) throw new DomainError(check.code, check.message);
    const refused: HandOverRefusal[] = open
      .filter((j) => !movable.includes(j.id))
      .map((j) => ({ journeyId: j.id, code: 'FORBIDDEN', message: `Journey ${j.id} is outside your regions` }));
    const moved: string[] = [];
    const prefix = handOverKeyPrefix(input);
    for (const journeyId of movable) {
      try {
        await runJourneyCommand(itemContext(ctx), 'reassignFacilitator', {
          journeyId,
          idempotencyKey: handOverJourneyKey(prefix, journeyId),
          evidence: { kind: 'REASON', payload: { reason, facilitatorId: input.toFacilitatorId, handOver: true } },
          build: (reasonEvidenceId) => ({
            type: 'reassignFacilitator',
            facilitatorId: input.toFacilitatorId,
            reasonEvidenceId,
          }),
        });
        moved.push(journeyId);
      } catch (err) {
        refused.push({ journeyId, ...failureOf(ctx, err, { journeyId }) });
      }
    }
    const alreadyMoved = await movedBefore(ctx, prefix, moved);
    if (moved.length > 0 || refused.length > 0) await auditHandOver(ctx, principal, input, reason, moved, refused);
    return { moved, refused, alreadyMoved };
  } catch (err) {
    await recordDenial(ctx, 'handOverCaseload', null, err, input.idempotencyKey);
    throw err;
  }
}

/** One STAFF audit row for the hand-over as a whole (each journey's reassignment has its own). */
async function auditHandOver(
  ctx: GraphQLContext,
  principal: Principal,
  input: HandOverCaseloadInput,
  reason: string,
  moved: string[],
  refused: HandOverRefusal[],
): Promise<void> {
  await inAuditTransaction(ctx.em, (sql) =>
    appendAuditRows(sql, [
      officeAuditRow('STAFF', {
        at: new Date(),
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'handOverCaseload',
        programmeId: input.programmeId,
        regionCode: null,
        reason,
        before: null,
        after: {
          from: input.fromFacilitatorId,
          to: input.toFacilitatorId,
          moved: moved.length,
          refused: refused.map((r) => ({ journeyId: r.journeyId, code: r.code })),
        },
        requestId: ctx.requestId,
        idempotencyKey: input.idempotencyKey,
      }),
    ]),
  );
}
