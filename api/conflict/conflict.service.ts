import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { appendAuditRows } from '../../db/audit/audit-append';
import { grievanceAuditRow } from '../../db/audit/grievance-audit-row';
import { ConflictEntity, JourneyEntity } from '../../db/entities';
import { conflictFigures } from '../../domain/conflict/conflict-figures.rules';
import {
  conflictRecordProblems,
  conflictResolutionProblems,
  notifiesManagerAtOnce,
  type ConflictRecordInput,
  type ConflictResolutionInput,
} from '../../domain/conflict/conflict.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { IndicatorFigure } from '../../domain/indicator/indicator.types';
import { inAuditTransaction } from '../audit/audit-sql';
import { scopeConditions } from '../complaint/complaint-read.service';
import type { GraphQLContext } from '../context';
import { loadRecordInScope } from '../grievance/grievance-access';
import { requirePrincipal } from '../http/actor';
import type { ConflictFilter, RecordConflictInput, ResolveConflictInput } from './conflict.input';

const invalidIf = (problems: string[]) => {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
};

/**
 * Affected journeys must exist in the conflict's programme; their shared cohort becomes the conflict's when none is
 * given.
 */
async function cohortOf(ctx: GraphQLContext, input: RecordConflictInput, journeyIds: string[]): Promise<string | null> {
  if (journeyIds.length === 0) return input.cohortId ?? null;
  const journeys = await ctx.em.find(
    JourneyEntity,
    { id: { $in: journeyIds } },
    { fields: ['id', 'programmeId', 'cohortId'] },
  );
  if (journeys.length !== journeyIds.length || journeys.some((j) => j.programmeId !== input.programmeId)) {
    throw new DomainError('VALIDATION_FAILED', 'journeyIds must name journeys of this programme');
  }
  const cohorts = new Set(journeys.map((j) => j.cohortId));
  return input.cohortId ?? (cohorts.size === 1 ? [...cohorts][0] : null);
}

/** Records a conflict (audited); a MAJOR one notifies the programme's managers in the same transaction. */
export async function recordConflict(ctx: GraphQLContext, input: RecordConflictInput): Promise<ConflictEntity> {
  const principal = requirePrincipal(ctx.principal);
  const journeyIds = [...new Set((input.journeyIds ?? []).map((j) => j.toLowerCase()))];
  const facts: ConflictRecordInput = {
    type: input.type,
    category: input.category,
    parties: input.parties.map((p) => p.trim()),
    journeyIds,
    groupIds: input.groupIds ?? [],
    description: input.description.trim(),
  };
  invalidIf(conflictRecordProblems(facts));
  const cohortId = await cohortOf(ctx, input, journeyIds);
  const id = randomUUID();
  const at = new Date();
  const place = { programmeId: input.programmeId, regionCode: input.regionCode };
  await inAuditTransaction(ctx.em, async (sql) => {
    await sql(
      `insert into conflict (id, programme_id, region_code, cohort_id, type, category, parties, journey_ids, group_ids,
       description, status, recorded_by, recorded_at)
      values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, 'OPEN', ?, ?)`,
      [
        id,
        input.programmeId,
        input.regionCode,
        cohortId,
        facts.type,
        facts.category,
        JSON.stringify(facts.parties),
        JSON.stringify(journeyIds),
        JSON.stringify(facts.groupIds),
        ctx.cipher.encrypt(facts.description),
        principal.userId,
        at,
      ],
    );
    if (notifiesManagerAtOnce(facts.category)) {
      await sql(
        `insert into notification (key, journey_id, kind, reason, recipient_id, data, created_at)
         values (?, null, 'ESCALATE_TO_MANAGER', 'MAJOR_CONFLICT', null, ?::jsonb, ?)`,
        [`conflict:${id}:major`, JSON.stringify({ conflictId: id, ...place, type: facts.type }), at],
      );
    }
    await appendAuditRows(sql, [
      grievanceAuditRow({
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'conflict.record',
        place,
        after: {
          conflictId: id,
          type: facts.type,
          category: facts.category,
          journeys: journeyIds.length,
          notifiedManager: notifiesManagerAtOnce(facts.category),
        },
        requestId: ctx.requestId,
        at,
      }),
    ]);
  });
  return (await ctx.em.fork().findOne(ConflictEntity, { id }))!;
}

/** A conflict by UUID in the caller's scope (VALIDATION_FAILED, NOT_FOUND or FORBIDDEN otherwise). */
export const loadConflict = (ctx: GraphQLContext, id: string): Promise<ConflictEntity> =>
  loadRecordInScope(ctx, 'conflict', id, (key) => ctx.em.findOne(ConflictEntity, { id: key }));

/** Resolves an open conflict with method, outcome and lessons learned (audited). */
export async function resolveConflict(
  ctx: GraphQLContext,
  conflictId: string,
  input: ResolveConflictInput,
): Promise<ConflictEntity> {
  const principal = requirePrincipal(ctx.principal);
  const row = await loadConflict(ctx, conflictId);
  const resolution: ConflictResolutionInput = {
    method: input.method,
    outcome: input.outcome.trim(),
    lessonsLearned: input.lessonsLearned.trim(),
  };
  const problems = conflictResolutionProblems(row.status, resolution);
  if (row.status !== 'OPEN') throw new DomainError('COMMAND_NOT_ALLOWED_IN_STAGE', 'The conflict is already resolved');
  invalidIf(problems);
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    const done = await sql(
      `update conflict set status = 'RESOLVED', resolution_method = ?, outcome = ?, lessons_learned = ?,
      resolved_by = ?, resolved_at = ?
      where id = ? and status = 'OPEN' returning id`,
      [
        resolution.method,
        ctx.cipher.encrypt(resolution.outcome),
        ctx.cipher.encrypt(resolution.lessonsLearned),
        principal.userId,
        at,
        row.id,
      ],
    );
    if (done.length === 0) throw new DomainError('COMMAND_NOT_ALLOWED_IN_STAGE', 'The conflict is already resolved');
    await appendAuditRows(sql, [
      grievanceAuditRow({
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'conflict.resolve',
        place: { programmeId: row.programmeId, regionCode: row.regionCode },
        after: { conflictId: row.id, status: 'RESOLVED', method: resolution.method },
        requestId: ctx.requestId,
        at,
      }),
    ]);
  });
  return (await ctx.em.fork().findOne(ConflictEntity, { id: row.id }))!;
}

function conditions(
  ctx: GraphQLContext,
  programmeId: string | undefined,
  filter: ConflictFilter | undefined,
): FilterQuery<ConflictEntity> {
  const and: Record<string, unknown>[] = [...scopeConditions(ctx)];
  if (programmeId) and.push({ programmeId });
  if (filter?.cohortId) and.push({ cohortId: filter.cohortId });
  if (filter?.regionPrefix) and.push({ regionCode: { $like: `${filter.regionPrefix.replace(/[%_\\]/g, '\\$&')}%` } });
  if (filter?.from) and.push({ recordedAt: { $gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter?.to) and.push({ recordedAt: { $lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) } });
  return { $and: and };
}

/** The newest conflicts (up to 200) in the caller's scope. */
export function listConflicts(
  ctx: GraphQLContext,
  programmeId: string | undefined,
  filter: ConflictFilter | undefined,
): Promise<ConflictEntity[]> {
  return ctx.em.find(ConflictEntity, conditions(ctx, programmeId, filter), {
    orderBy: { recordedAt: 'desc' },
    limit: 200,
  });
}

/** Conflict figures for one programme, limited to the caller's regions (domain/conflict/conflict-figures.rules.ts). */
export async function conflictFiguresOf(
  ctx: GraphQLContext,
  programmeId: string,
  filter: ConflictFilter | undefined,
): Promise<IndicatorFigure[]> {
  const rows = await ctx.em.find(ConflictEntity, conditions(ctx, programmeId, filter), {
    fields: ['type', 'category', 'status', 'recordedAt', 'resolvedAt', 'regionCode', 'cohortId'],
  });
  return conflictFigures(
    rows.map((r) => ({
      type: r.type,
      category: r.category,
      status: r.status,
      recordedAt: r.recordedAt.toISOString(),
      resolvedAt: r.resolvedAt?.toISOString() ?? null,
      regionCode: r.regionCode,
      cohortId: r.cohortId,
    })),
  );
}
