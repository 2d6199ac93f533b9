import { officeAuditRow } from '../../db/audit/office-audit-row';
import { appendAuditRows, type SqlInTransaction } from '../../db/audit/audit-append';
import { ProgrammeEntity } from '../../db/entities';
import { assignmentOfRow, findAssignment } from '../../db/staff/staff-assignment.store';
import { DomainError } from '../../domain/errors/error-codes';
import { assignmentChange, staffAssignmentProblems } from '../../domain/staff/staff-assignment.rules';
import type { StaffAssignment } from '../../domain/staff/staff-codes';
import { regionInScope } from '../../domain/staff/principal.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { deterministicUuid } from '../../db/shared/deterministic-id';
import { requirePrincipal } from '../http/actor';
import { requireReason } from '../journey/journey-command.helpers';
import type { StaffMember } from './staff-member.object';
import type { AssignStaffInput, EndStaffAssignmentInput } from './staff.input';
import { membersWithCaseloads } from './staff-list.service';

const assignmentId = (a: Pick<StaffAssignment, 'userId' | 'programmeId' | 'role'>) =>
  deterministicUuid('staff_assignment', `${a.programmeId}\u0000${a.userId}\u0000${a.role}`);

/** The programme must exist and every region of the assignment must lie in the caller's scope. */
async function assertPlace(ctx: GraphQLContext, a: StaffAssignment): Promise<void> {
  const principal = requirePrincipal(ctx.principal);
  if (!(await ctx.em.fork().findOne(ProgrammeEntity, { id: a.programmeId }, { fields: ['id'] })))
    throw new DomainError('NOT_FOUND', `No programme ${a.programmeId}`);
  const outside = a.regionCodes.filter((r) => !regionInScope(principal.scope, r));
  if (outside.length > 0)
    throw new DomainError('FORBIDDEN', `Regions ${outside.join(', ')} are outside your scope (regions of your token)`);
  if (a.coordinatorId !== null) {
    const coordinator = await findAssignment(ctx.em, a.programmeId, a.coordinatorId, 'COORDINATOR');
    if (!coordinator?.active)
      throw new DomainError('STAFF_NOT_ASSIGNED', `${a.coordinatorId} is not an active coordinator of this programme`);
  }
}

/**
 * Writes `next` for its (user, programme, role) under a lock on that key: created, updated (the fields that
 * changed are audited) or, when the content is the same, nothing at all (a repeat is a no-op).
 */
async function write(ctx: GraphQLContext, next: StaffAssignment, reason: string, action: string): Promise<void> {
  const principal = requirePrincipal(ctx.principal);
  const id = assignmentId(next);
  await inAuditTransaction(ctx.em, async (sql: SqlInTransaction) => {
    await sql('select pg_advisory_xact_lock(hashtext(?))', [`staff_assignment:${id}`]);
    const found = await sql('select * from staff_assignment where id = ?', [id]);
    const current = found.length > 0 ? assignmentOfRow(found[0]) : null;
    const change = assignmentChange(current, next);
    if (change.kind === 'UNCHANGED') return;
    const at = new Date();
    await sql(
      `insert into staff_assignment (id, user_id, role, programme_id, region_codes, cohort_ids, caseload_limit,
         coordinator_id, active, assigned_by, assigned_at)
       values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)
       on conflict (id) do update set region_codes = excluded.region_codes, cohort_ids = excluded.cohort_ids,
         caseload_limit = excluded.caseload_limit, coordinator_id = excluded.coordinator_id, active = excluded.active,
         assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
      [
        id,
        next.userId,
        next.role,
        next.programmeId,
        JSON.stringify(next.regionCodes),
        JSON.stringify(next.cohortIds),
        next.caseloadLimit,
        next.coordinatorId,
        next.active,
        principal.userId,
        at,
      ],
    );
    await appendAuditRows(sql, [
      officeAuditRow('STAFF', {
        at,
        actorId: principal.userId,
        actorRole: principal.role,
        action: change.kind === 'CREATED' ? action : 'staff.update',
        programmeId: next.programmeId,
        regionCode: next.regionCodes[0] ?? null,
        reason,
        before: current ? { ...current } : null,
        after: { ...next, ...(change.kind === 'UPDATED' ? { changed: change.fields } : {}) },
        requestId: ctx.requestId,
        idempotencyKey: null,
      }),
    ]);
  });
}

/** The member as stored now, with their open caseload. */
async function memberNow(ctx: GraphQLContext, a: StaffAssignment): Promise<StaffMember> {
  const stored = await findAssignment(ctx.em, a.programmeId, a.userId, a.role);
  return (await membersWithCaseloads(ctx, [stored ?? a]))[0];
}

/** Assigns a person to a programme in a staff role (audited `staff.assign`, or `staff.update` for a change). */
export async function assignStaff(ctx: GraphQLContext, input: AssignStaffInput): Promise<StaffMember> {
  const reason = requireReason(input.reason);
  const next: StaffAssignment = {
    userId: input.userId,
    role: input.role,
    programmeId: input.programmeId,
    regionCodes: input.regionCodes.map((r) => r.trim()),
    cohortIds: input.cohortIds ?? [],
    caseloadLimit: input.caseloadLimit ?? null,
    coordinatorId: input.coordinatorId ?? null,
    active: true,
  };
  const problems = staffAssignmentProblems(next);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
  await assertPlace(ctx, next);
  await write(ctx, next, reason, 'staff.assign');
  return memberNow(ctx, next);
}

/** Ends an assignment (audited `staff.update` with `active` changed); ending an ended one changes nothing. */
export async function endStaffAssignment(ctx: GraphQLContext, input: EndStaffAssignmentInput): Promise<StaffMember> {
  const reason = requireReason(input.reason);
  const current = await findAssignment(ctx.em, input.programmeId, input.userId, input.role);
  if (!current) throw new DomainError('NOT_FOUND', `${input.userId} has no ${input.role} assignment in this programme`);
  const principal = requirePrincipal(ctx.principal);
  if (!current.regionCodes.every((r) => regionInScope(principal.scope, r)))
    throw new DomainError('FORBIDDEN', 'The assignment covers regions outside your scope');
  await write(ctx, { ...current, active: false }, reason, 'staff.end');
  return memberNow(ctx, current);
}
