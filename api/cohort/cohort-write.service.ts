import {
  cohortDefinitionProblems,
  nameProblems,
  plannedSizeProblems,
  quotaProblems,
  sameDefinition,
  statusChangeProblems,
  type CohortDefinition,
  type CohortQuota,
} from '../../domain/cohort/cohort.rules';
import { DomainError } from '../../domain/errors/error-codes';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { CohortEntity, ProgrammeEntity } from '../../db/entities';
import { inAuditTransaction } from '../audit/audit-sql';
import { inScope } from '../../domain/staff/principal.rules';
import { outOfScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import type { CohortObject } from './cohort.object';
import type { CreateCohortInput, UpdateCohortInput } from './cohort.input';
import { assertCohortId, findCohort } from './cohort-read.service';

const invalidIf = (problems: string[]) => {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
};
const quotasOf = (q: { group: string; minPercent: number }[]): CohortQuota[] =>
  q.map(({ group, minPercent }) => ({ group, minPercent }));
const definitionOf = (row: CohortEntity): CohortDefinition => ({
  id: row.id,
  programmeId: row.programmeId,
  name: row.name,
  regionCode: row.regionCode,
  startDate: String(row.startDate).slice(0, 10),
  targetGroups: row.targetGroups,
  plannedSize: row.plannedSize,
  quotas: row.quotas,
  status: row.status,
});
const reasonOf = (reason: string | null | undefined, required: boolean): string | null => {
  const text = (reason ?? '').trim();
  if (text.length > 500 || (required && text.length === 0))
    throw new DomainError(required ? 'REASON_REQUIRED' : 'VALIDATION_FAILED', 'reason must be 1-500 characters');
  return text || null;
};

/**
 * A new cohort (audited). Quotas default to the programme rules'. A retry with the same content returns the
 * stored cohort; the same id with other content is COHORT_ALREADY_EXISTS. The region must lie in the caller's.
 */
export async function createCohort(ctx: GraphQLContext, input: CreateCohortInput): Promise<CohortObject> {
  const principal = requirePrincipal(ctx.principal);
  const reason = reasonOf(input.reason, false);
  assertCohortId('programmeId', input.programmeId);
  const programme = await ctx.em.findOne(ProgrammeEntity, { id: input.programmeId });
  if (!programme) throw new DomainError('NOT_FOUND', `No programme ${input.programmeId}`);
  const def: CohortDefinition = {
    id: input.id,
    programmeId: input.programmeId,
    name: input.name.trim(),
    regionCode: input.regionCode,
    startDate: input.startDate,
    targetGroups: input.targetGroups ?? [],
    plannedSize: input.plannedSize,
    quotas: quotasOf(
      input.quotas ?? getProgrammeRules(programme.rulesId, programme.rulesVersion).selection.vulnerableGroupQuotas,
    ),
    status: input.status,
  };
  invalidIf(cohortDefinitionProblems(def));
  if (!inScope(principal.scope, def.programmeId, def.regionCode))
    throw outOfScope(`Programme ${def.programmeId} in region ${def.regionCode || '(every region)'}`);
  const at = new Date();
  const created = await inAuditTransaction(ctx.em, async (sql) => {
    const inserted = await sql(
      `insert into cohort (id, programme_id, name, region_code, start_date, target_groups, planned_size, quotas,
       status, created_by, created_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?)
       on conflict (id) do nothing returning id`,
      [
        def.id,
        def.programmeId,
        def.name,
        def.regionCode,
        def.startDate,
        JSON.stringify(def.targetGroups),
        def.plannedSize,
        JSON.stringify(def.quotas),
        def.status,
        principal.userId,
        at,
      ],
    );
    if (inserted.length === 0) return false;
    await appendAuditRows(sql, [
      officeAuditRow('PROGRAMME_SETUP', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'cohort.create',
        programmeId: def.programmeId,
        regionCode: def.regionCode,
        after: { ...def },
        reason,
        requestId: ctx.requestId,
        at,
      }),
    ]);
    return true;
  });
  if (!created) {
    const existing = await ctx.em.fork().findOne(CohortEntity, { id: def.id });
    if (!existing || !sameDefinition(definitionOf(existing), def))
      throw new DomainError('COHORT_ALREADY_EXISTS', `Cohort ${def.id} already exists with different content`);
  }
  return (await findCohort(ctx, def.id))!;
}

/** Changes a cohort's name, planned size, quotas or status, with a reason (audited, before and after). */
export async function updateCohort(ctx: GraphQLContext, input: UpdateCohortInput): Promise<CohortObject> {
  const principal = requirePrincipal(ctx.principal);
  assertCohortId('id', input.id);
  const reason = reasonOf(input.reason, true);
  const row = await ctx.em.fork().findOne(CohortEntity, { id: input.id });
  if (!row) throw new DomainError('COHORT_NOT_FOUND', `No cohort ${input.id}`);
  if (!inScope(principal.scope, row.programmeId, row.regionCode)) throw outOfScope(`Cohort ${input.id}`);
  const before = definitionOf(row);
  const after: CohortDefinition = {
    ...before,
    name: input.name?.trim() ?? before.name,
    plannedSize: input.plannedSize ?? before.plannedSize,
    quotas: input.quotas ? quotasOf(input.quotas) : before.quotas,
    status: input.status ?? before.status,
  };
  invalidIf([
    ...nameProblems(after.name),
    ...plannedSizeProblems(after.plannedSize),
    ...quotaProblems(after.quotas),
    ...statusChangeProblems(before.status, after.status),
  ]);
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    await sql(`update cohort set name = ?, planned_size = ?, quotas = ?::jsonb, status = ? where id = ?`, [
      after.name,
      after.plannedSize,
      JSON.stringify(after.quotas),
      after.status,
      row.id,
    ]);
    await appendAuditRows(sql, [
      officeAuditRow('PROGRAMME_SETUP', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'cohort.update',
        programmeId: row.programmeId,
        regionCode: row.regionCode,
        before: { ...before },
        after: { ...after },
        reason,
        requestId: ctx.requestId,
        at,
      }),
    ]);
  });
  return (await findCohort(ctx, row.id))!;
}
