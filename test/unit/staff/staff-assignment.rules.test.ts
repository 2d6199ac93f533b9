import { assignmentChange, staffAssignmentProblems } from '../../../domain/staff/staff-assignment.rules';
import type { StaffAssignment } from '../../../domain/staff/staff-codes';

const facilitator = (overrides: Partial<StaffAssignment> = {}): StaffAssignment => ({
  userId: 'fac-a',
  role: 'FACILITATOR',
  programmeId: 'default',
  regionCodes: ['52.71'],
  cohortIds: [],
  caseloadLimit: 25,
  coordinatorId: 'coord-1',
  active: true,
  ...overrides,
});

describe('staff assignment rules', () => {
  it('accepts a facilitator with regions, a caseload limit and a coordinator', () => {
    expect(staffAssignmentProblems(facilitator())).toEqual([]);
  });

  it('accepts a facilitator without a limit: the programme decides whether there is one', () => {
    expect(staffAssignmentProblems(facilitator({ caseloadLimit: null, coordinatorId: null }))).toEqual([]);
  });

  it('refuses an assignment without a region, with repeated regions or malformed codes', () => {
    expect(staffAssignmentProblems(facilitator({ regionCodes: [] })).join()).toMatch(/at least one region/);
    expect(staffAssignmentProblems(facilitator({ regionCodes: ['52', '52'] })).join()).toMatch(/must not repeat/);
    expect(staffAssignmentProblems(facilitator({ regionCodes: ['5 2'] })).join()).toMatch(/regionCodes must be/);
  });

  it('refuses a negative or fractional caseload limit, and a limit on a coordinator', () => {
    expect(staffAssignmentProblems(facilitator({ caseloadLimit: -1 })).join()).toMatch(/whole number/);
    expect(staffAssignmentProblems(facilitator({ caseloadLimit: 2.5 })).join()).toMatch(/whole number/);
    const coordinator = facilitator({ userId: 'coord-1', role: 'COORDINATOR', coordinatorId: null });
    expect(staffAssignmentProblems(coordinator).join()).toMatch(/facilitators only/);
  });

  it('refuses a coordinator on anyone but a facilitator, and a facilitator coordinating themselves', () => {
    const mentor = facilitator({ role: 'MENTOR', caseloadLimit: null });
    expect(staffAssignmentProblems(mentor).join()).toMatch(/coordinatorId is for facilitators only/);
    expect(staffAssignmentProblems(facilitator({ coordinatorId: 'fac-a' })).join()).toMatch(/themselves/);
  });

  it('creates a new assignment, ignores the same content again and names the fields an update changes', () => {
    expect(assignmentChange(null, facilitator())).toEqual({ kind: 'CREATED' });
    expect(assignmentChange(facilitator(), facilitator())).toEqual({ kind: 'UNCHANGED' });
    expect(
      assignmentChange(
        facilitator({ regionCodes: ['52.71', '52.01'] }),
        facilitator({ regionCodes: ['52.01', '52.71'] }),
      ),
    ).toEqual({ kind: 'UNCHANGED' });
    expect(assignmentChange(facilitator(), facilitator({ caseloadLimit: 30, coordinatorId: 'coord-2' }))).toEqual({
      kind: 'UPDATED',
      fields: ['caseloadLimit', 'coordinatorId'],
    });
    expect(assignmentChange(facilitator({ active: false }), facilitator())).toEqual({
      kind: 'UPDATED',
      fields: ['active'],
    });
  });
});
