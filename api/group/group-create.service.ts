import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { CohortEntity, ProgrammeEntity } from '../../db/entities';
import { GROUP_COLUMNS, groupOfRow, type GroupRow } from '../../db/group/group-read.sql';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { sqlOf } from '../../db/shared/sql-rows';
import { findAssignment } from '../../db/staff/staff-assignment.store';
import { DomainError } from '../../domain/errors/error-codes';
import {
  groupDefinitionProblems,
  INITIAL_GROUP_STATUS,
  sameGroupDefinition,
  templateKnown,
  type GroupDefinition,
} from '../../domain/group/group-definition.rules';
import { regionCovered } from '../../domain/programme/programme-setup.rules';
import { type Principal } from '../../domain/staff/principal.rules';
import { assertPlaceInScope } from '../auth/scope';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { deterministicUuid } from '../../db/shared/deterministic-id';
import { requirePrincipal } from '../http/actor';
import { assertIdempotencyKey } from './group-command.service';
import type { GroupObject } from './group.object';
import type { CreateGroupInput } from './group.input';
import { groupOrFail } from './group-read.service';

const definitionOfRow = (row: GroupRow): GroupDefinition => ({
  kind: row.kind,
  programmeId: row.programmeId,
  cohortId: row.cohortId,
  regionCode: row.regionCode,
  name: row.name,
  facilitatorId: row.facilitatorId,
  moduleTemplateId: row.moduleTemplateId,
  formedOn: row.formedOn,
  plannedMeetingsPerMonth: row.plannedMeetingsPerMonth,
});

const definitionOf = (input: CreateGroupInput): GroupDefinition => ({
  kind: input.kind,
  programmeId: input.programmeId,
  cohortId: input.cohortId ?? null,
  regionCode: input.regionCode.trim(),
  name: input.name.trim(),
  facilitatorId: input.facilitatorId,
  moduleTemplateId: input.moduleTemplateId ?? null,
  formedOn: input.formedOn,
  plannedMeetingsPerMonth: input.plannedMeetingsPerMonth,
});

/**
 * Who may name this facilitator: a facilitator only themselves; a coordinator only a facilitator they
 * coordinate; a manager or admin anyone the programme has not ended (a registered facilitator must be active).
 */
async function assertFacilitator(ctx: GraphQLContext, principal: Principal, def: GroupDefinition): Promise<void> {
  if (principal.role === 'facilitator' && def.facilitatorId !== principal.userId)
    throw new DomainError('FORBIDDEN', 'A facilitator forms groups they facilitate themselves');
  const assignment = await findAssignment(ctx.em, def.programmeId, def.facilitatorId, 'FACILITATOR');
  if (principal.role === 'coordinator' && (!assignment?.active || assignment.coordinatorId !== principal.userId))
    throw new DomainError('FORBIDDEN', `${def.facilitatorId} is not a facilitator you coordinate`);
  if (assignment && !assignment.active)
    throw new DomainError('STAFF_NOT_ASSIGNED', `${def.facilitatorId} is no longer a facilitator of this programme`);
}

/** The programme covers the region, names the template, and the cohort (if any) is its and covers the region. */
async function assertPlace(ctx: GraphQLContext, def: GroupDefinition): Promise<void> {
  const programme = await ctx.em.fork().findOne(ProgrammeEntity, { id: def.programmeId });
  if (!programme) throw new DomainError('NOT_FOUND', `No programme ${def.programmeId}`);
  if (programme.regionCodes.length > 0 && !regionCovered(programme.regionCodes, def.regionCode))
    throw new DomainError('REGION_NOT_COVERED', `Programme ${def.programmeId} does not cover ${def.regionCode}`);
  const rules = await loadProgrammeRules(ctx.em, programme.rulesId, programme.rulesVersion);
  if (!templateKnown(def, new Set(rules.moduleTemplates.map((t) => t.id))))
    throw new DomainError('UNKNOWN_MODULE', `No module template ${def.moduleTemplateId} in the programme's rules`);
  if (def.cohortId === null) return;
  const cohort = await ctx.em.fork().findOne(CohortEntity, { id: def.cohortId, programmeId: def.programmeId });
  if (!cohort) throw new DomainError('COHORT_NOT_FOUND', `No cohort ${def.cohortId} in ${def.programmeId}`);
  if (!def.regionCode.startsWith(cohort.regionCode))
    throw new DomainError('COHORT_REGION_MISMATCH', `Region ${def.regionCode} is outside cohort ${cohort.id}`);
}

/**
 * Forms a group (status FORMED; audited group.create). Its id derives from the idempotency key: the same key
 * and input again answers the same group and writes nothing; the key with another input is
 * IDEMPOTENCY_KEY_REUSED.
 */
export async function createGroup(
  ctx: GraphQLContext,
  input: CreateGroupInput,
  idempotencyKey: string,
): Promise<GroupObject> {
  const principal = requirePrincipal(ctx.principal);
  assertIdempotencyKey(idempotencyKey);
  const def = definitionOf(input);
  const problems = groupDefinitionProblems(def);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
  assertPlaceInScope(principal, def.programmeId, def.regionCode);
  await assertFacilitator(ctx, principal, def);
  const earlier = await storedByKey(ctx, idempotencyKey);
  if (!earlier) {
    await assertPlace(ctx, def);
    await insertGroup(ctx, principal, def, idempotencyKey);
  }
  const stored = earlier ?? (await storedByKey(ctx, idempotencyKey));
  if (!stored || !sameGroupDefinition(def, definitionOfRow(stored)))
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key already formed another group');
  return groupOrFail(ctx, stored.id);
}

async function storedByKey(ctx: GraphQLContext, idempotencyKey: string): Promise<GroupRow | null> {
  const [row] = await sqlOf(ctx.em)(`select ${GROUP_COLUMNS} from community_group g where g.idempotency_key = ?`, [
    idempotencyKey,
  ]);
  return row ? groupOfRow(row) : null;
}

/** Inserts the group and its audit row in one transaction; a concurrent twin with the same key inserts nothing. */
async function insertGroup(
  ctx: GraphQLContext,
  principal: Principal,
  def: GroupDefinition,
  idempotencyKey: string,
): Promise<void> {
  const id = deterministicUuid('community-group', idempotencyKey);
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    const inserted = await sql(
      `insert into community_group (id, programme_id, cohort_id, region_code, kind, name, facilitator_id,
         module_template_id, status, status_changed_at, formed_on, planned_meetings_per_month, idempotency_key,
         created_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing returning id`,
      [
        id,
        def.programmeId,
        def.cohortId,
        def.regionCode,
        def.kind,
        def.name,
        def.facilitatorId,
        def.moduleTemplateId,
        INITIAL_GROUP_STATUS,
        at,
        def.formedOn,
        def.plannedMeetingsPerMonth,
        idempotencyKey,
        principal.userId,
        at,
      ],
    );
    if (inserted.length === 0) return;
    await appendAuditRows(sql, [
      officeAuditRow('GROUP', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'group.create',
        programmeId: def.programmeId,
        regionCode: def.regionCode,
        // ids, codes, dates and figures only: the group's name stays out of the audit log
        after: {
          groupId: id,
          kind: def.kind,
          cohortId: def.cohortId,
          facilitatorId: def.facilitatorId,
          moduleTemplateId: def.moduleTemplateId,
          formedOn: def.formedOn,
          plannedMeetingsPerMonth: def.plannedMeetingsPerMonth,
          status: INITIAL_GROUP_STATUS,
        },
        requestId: ctx.requestId,
        idempotencyKey,
        at,
      }),
    ]);
  });
}
