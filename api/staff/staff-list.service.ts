import { openCaseloads } from '../../db/staff/open-caseload';
import { listAssignments } from '../../db/staff/staff-assignment.store';
import type { StaffAssignment, StaffRole } from '../../domain/staff/staff-codes';
import { ALL, programmeInScope, regionInScope, type Scope } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import type { StaffMember } from './staff-member.object';

/** Assignments with each facilitator's open journeys in their programme (one count per programme). */
export async function membersWithCaseloads(ctx: GraphQLContext, list: StaffAssignment[]): Promise<StaffMember[]> {
  const open = new Map<string, number>();
  for (const programmeId of new Set(list.map((a) => a.programmeId))) {
    const ids = list.filter((a) => a.programmeId === programmeId && a.role === 'FACILITATOR').map((a) => a.userId);
    for (const [id, n] of await openCaseloads(ctx.em, programmeId, ids)) open.set(`${programmeId}\u0000${id}`, n);
  }
  return list.map((a) => ({
    ...a,
    openJourneys: a.role === 'FACILITATOR' ? (open.get(`${a.programmeId}\u0000${a.userId}`) ?? 0) : 0,
  }));
}

/** An assignment is visible when one of its regions lies in the caller's regions, or inside one of them. */
const visibleIn = (scope: Scope, a: StaffAssignment) =>
  a.regionCodes.some((r) => regionInScope(scope, r) || scope.regions.some((prefix) => prefix.startsWith(r)));

/** The active staff of a programme (in scope: checked by the access policy), optionally of one role. */
export async function staffMembers(
  ctx: GraphQLContext,
  programmeId: string,
  role: StaffRole | null | undefined,
): Promise<StaffMember[]> {
  const principal = requirePrincipal(ctx.principal);
  const list = await listAssignments(ctx.em, { programmeIds: [programmeId], role });
  return membersWithCaseloads(
    ctx,
    list.filter((a) => visibleIn(principal.scope, a)),
  );
}

/** The active facilitators the calling coordinator coordinates, in the programmes of their token. */
export async function myTeam(ctx: GraphQLContext): Promise<StaffMember[]> {
  const principal = requirePrincipal(ctx.principal);
  const programmes = principal.scope.programmes.includes(ALL) ? null : principal.scope.programmes;
  const list = await listAssignments(ctx.em, { programmeIds: programmes, coordinatorId: principal.userId });
  return membersWithCaseloads(
    ctx,
    list.filter((a) => programmeInScope(principal.scope, a.programmeId) && visibleIn(principal.scope, a)),
  );
}
