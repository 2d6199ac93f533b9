/**
 * The programme's field staff (domain spec, institutional framework and communication flow): facilitators
 * (pendamping) work a caseload of beneficiaries, field coordinators (koordinator lapangan) oversee a team of
 * facilitators and report to the programme manager, mentors deliver the modules assigned to them.
 */
export const STAFF_ROLES = ['FACILITATOR', 'COORDINATOR', 'MENTOR'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** One person's assignment to a programme in one staff role (the row of staff_assignment, as the rules see it). */
export interface StaffAssignment {
  userId: string;
  role: StaffRole;
  programmeId: string;
  regionCodes: string[];
  cohortIds: string[];
  /** Most open journeys this facilitator may hold; null: the programme sets no limit for them. */
  caseloadLimit: number | null;
  /** For a facilitator: the user id of the coordinator who oversees them. */
  coordinatorId: string | null;
  active: boolean;
}
