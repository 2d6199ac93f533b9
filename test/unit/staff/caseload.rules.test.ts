import { canTakeJourneys, caseloadRoom } from '../../../domain/staff/caseload.rules';

const target = { userId: 'fac-b', role: 'FACILITATOR' as const, active: true, caseloadLimit: 3 };

describe('caseload arithmetic', () => {
  it('counts the room left under a limit, never below zero, and none as unlimited', () => {
    expect(caseloadRoom(3, 1)).toBe(2);
    expect(caseloadRoom(3, 5)).toBe(0);
    expect(caseloadRoom(null, 500)).toBeNull();
  });

  it('lets a facilitator take journeys up to their limit exactly', () => {
    expect(canTakeJourneys(target, 1, 2)).toEqual({ ok: true });
    expect(canTakeJourneys({ ...target, caseloadLimit: null }, 100, 50)).toEqual({ ok: true });
  });

  it('refuses a move past the limit whole, saying how much room is left', () => {
    const check = canTakeJourneys(target, 2, 2);
    expect(check).toMatchObject({ ok: false, code: 'CASELOAD_LIMIT_REACHED' });
    expect(!check.ok && check.message).toMatch(/holds 2 open journeys of a limit of 3.*room for 1/);
  });

  it('refuses a target who is not an active facilitator of the programme', () => {
    expect(canTakeJourneys(null, 0, 1)).toMatchObject({ ok: false, code: 'STAFF_NOT_ASSIGNED' });
    expect(canTakeJourneys({ ...target, active: false }, 0, 1)).toMatchObject({
      ok: false,
      code: 'STAFF_NOT_ASSIGNED',
    });
    expect(canTakeJourneys({ ...target, role: 'COORDINATOR' }, 0, 1)).toMatchObject({
      ok: false,
      code: 'STAFF_NOT_ASSIGNED',
    });
  });
});
