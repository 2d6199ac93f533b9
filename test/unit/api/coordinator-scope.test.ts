import { ACCESS_POLICY } from '../../../api/auth/access-policy';
import { coordinatorMayUse } from '../../../api/auth/access.middleware';
import type { Principal } from '../../../domain/staff/principal.rules';
import { teamConditions } from '../../../api/auth/team-scope';

const principal = (role: Principal['role']): Principal => ({
  userId: 'coord-1',
  name: 'c',
  roles: [role],
  role,
  scope: { programmes: ['*'], regions: ['*'], organisations: [] },
});

describe("the coordinator's team scope", () => {
  it('grants coordinators only fields with a team rule, a journey by id, a programme or nothing personal', () => {
    const granted = (['Query', 'Mutation'] as const).flatMap((type) =>
      Object.entries(ACCESS_POLICY[type])
        .filter(([, rule]) => rule.roles.includes('coordinator'))
        .map(([field, rule]) => ({ field, ok: coordinatorMayUse(rule) })),
    );
    expect(granted.map((g) => g.field)).toEqual(expect.arrayContaining(['journey', 'journeys', 'myTeam']));
    expect(granted.filter((g) => !g.ok)).toEqual([]);
  });

  it('refuses a list without a team condition to coordinators (fail closed)', () => {
    expect(coordinatorMayUse({ roles: ['coordinator'], scope: 'LIST' })).toBe(false);
    expect(coordinatorMayUse({ roles: ['coordinator'], scope: 'LIST', team: true })).toBe(true);
  });

  it("limits a coordinator's journey rows to their team, bound to their user id, and nobody else's", () => {
    const team = teamConditions(principal('coordinator'));
    expect(team.where).toHaveLength(1);
    expect(team.where[0]).toMatch(/staff_assignment .*coordinator_id = \?/);
    expect(team.params).toEqual(['coord-1']);
    expect(teamConditions(principal('manager'))).toEqual({ where: [], params: [] });
  });
});
