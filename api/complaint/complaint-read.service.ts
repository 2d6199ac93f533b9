import type { FilterQuery } from '@mikro-orm/core';
import { ComplaintAnswerEntity, ComplaintEntity } from '../../db/entities';
import { ALL } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { toGlobalId } from '../node/global-id';
import type { ComplaintObject } from './complaint.object';

/** Staff view of one complaint: text decrypted; a named filer's contact for managers only. */
export async function toComplaintObject(ctx: GraphQLContext, row: ComplaintEntity): Promise<ComplaintObject> {
  const cipher = ctx.cipher;
  const answer = row.answerId ? await ctx.em.findOne(ComplaintAnswerEntity, { id: row.answerId }) : null;
  return {
    id: toGlobalId('Complaint', row.id),
    complaintId: row.id,
    programmeId: row.programmeId,
    regionCode: row.regionCode,
    subjectKind: row.subjectKind,
    subjectRef: row.subjectRef,
    anonymous: row.anonymous,
    text: cipher.decrypt(row.bodySealed),
    contact: ctx.principal?.role === 'manager' ? cipher.decryptNullable(row.contactSealed) : null,
    status: row.status,
    category: row.category,
    priority: row.priority,
    assigneeId: row.assigneeId,
    answer: answer ? cipher.decrypt(answer.bodySealed) : null,
    outcome: row.outcome,
    receivedAt: row.receivedAt,
    responseDueAt: row.responseDueAt,
    escalatedAt: row.escalatedAt,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
  };
}

/** Programme and region conditions of the caller's scope, for any grievance table with those columns. */
export function scopeConditions(ctx: GraphQLContext): Record<string, unknown>[] {
  const { scope } = requirePrincipal(ctx.principal);
  const and: Record<string, unknown>[] = [];
  if (!scope.programmes.includes(ALL)) and.push({ programmeId: { $in: scope.programmes } });
  if (!scope.regions.includes(ALL))
    and.push({
      $or: scope.regions.map((prefix) => ({
        $or: [{ regionCode: prefix }, { regionCode: { $like: `${prefix.replace(/[%_\\]/g, '\\$&')}%` } }],
      })),
    });
  return and;
}

/** The newest complaints in the caller's scope (at most 200), optionally by programme and status. */
export async function listComplaints(
  ctx: GraphQLContext,
  filter: { programmeId?: string; status?: string },
): Promise<ComplaintObject[]> {
  const where: FilterQuery<ComplaintEntity> = {
    $and: [
      ...scopeConditions(ctx),
      ...(filter.programmeId ? [{ programmeId: filter.programmeId }] : []),
      ...(filter.status ? [{ status: filter.status }] : []),
    ],
  };
  const rows = await ctx.em.find(ComplaintEntity, where, { orderBy: { receivedAt: 'desc' }, limit: 200 });
  return Promise.all(rows.map((r) => toComplaintObject(ctx, r)));
}
