import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffAssignment, StaffRole } from '../../domain/staff/staff-codes';

type Conn = Pick<EntityManager, 'getConnection'>;
type Row = Record<string, unknown>;

/** A staff_assignment row as the staff rules see it. */
export const assignmentOfRow = (r: Row): StaffAssignment => ({
  userId: String(r.user_id),
  role: r.role as StaffRole,
  programmeId: String(r.programme_id),
  regionCodes: (r.region_codes as string[] | null) ?? [],
  cohortIds: (r.cohort_ids as string[] | null) ?? [],
  caseloadLimit: r.caseload_limit === null || r.caseload_limit === undefined ? null : Number(r.caseload_limit),
  coordinatorId: (r.coordinator_id as string | null) ?? null,
  active: Boolean(r.active),
});

/** One person's assignment in a role of a programme (active or ended), or null. */
export async function findAssignment(
  em: Conn,
  programmeId: string,
  userId: string,
  role: StaffRole,
): Promise<StaffAssignment | null> {
  const rows = await em
    .getConnection()
    .execute<Row[]>(`select * from staff_assignment where programme_id = ? and user_id = ? and role = ?`, [
      programmeId,
      userId,
      role,
    ]);
  return rows.length > 0 ? assignmentOfRow(rows[0]) : null;
}

/**
 * Assignments matching every condition given: a programme (or several), a role, a coordinator; active
 * ones only unless `withEnded`. Ordered by role and user id.
 */
export async function listAssignments(
  em: Conn,
  filter: {
    programmeIds?: readonly string[] | null;
    role?: StaffRole | null;
    coordinatorId?: string;
    withEnded?: boolean;
  },
): Promise<StaffAssignment[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.programmeIds) {
    if (filter.programmeIds.length === 0) return [];
    where.push(`programme_id in (${filter.programmeIds.map(() => '?').join(', ')})`);
    params.push(...filter.programmeIds);
  }
  if (filter.role) {
    where.push('role = ?');
    params.push(filter.role);
  }
  if (filter.coordinatorId !== undefined) {
    where.push(`coordinator_id = ? and role = 'FACILITATOR'`);
    params.push(filter.coordinatorId);
  }
  if (!filter.withEnded) where.push('active');
  const rows = await em
    .getConnection()
    .execute<Row[]>(
      `select * from staff_assignment ${where.length ? `where ${where.join(' and ')}` : ''} ` +
        'order by programme_id, role, user_id',
      params,
    );
  return rows.map(assignmentOfRow);
}
