import { getProgrammeRules, validateProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const clone = (r: ProgrammeRules): ProgrammeRules => JSON.parse(JSON.stringify(r)) as ProgrammeRules;
const withLadder = (coordinatorAfterDays: number, managerAfterDays: number): string[] =>
  validateProgrammeRules({
    ...clone(getProgrammeRules('default', 3)),
    escalation: { coordinatorAfterDays, managerAfterDays },
  });

describe('the escalation ladder in the rules', () => {
  it.each(['default', 'training-sandbox'])('%s v3 is v2 plus the ladder, so journeys on v2 keep their path', (id) => {
    const v2 = getProgrammeRules(id, 2);
    const v3 = getProgrammeRules(id, 3);
    const unchanged = ({ version: _v, description: _d, defaultsNote: _n, escalation: _e, ...rest }: ProgrammeRules) =>
      rest;
    expect(unchanged(v3)).toEqual(unchanged(v2));
    expect(v2.escalation).toBeUndefined();
    expect(getProgrammeRules(id, 1).escalation).toBeUndefined();
  });

  it('default v3 tells the coordinator 3 days after the due date and the manager after 7', () => {
    expect(getProgrammeRules('default', 3).escalation).toEqual({ coordinatorAfterDays: 3, managerAfterDays: 7 });
  });

  it("the sandbox's ladder runs on its own clock: a sandbox day is a thirtieth of its month", () => {
    const sandbox = getProgrammeRules('training-sandbox', 3);
    const day = sandbox.daysPerMonth / 30;
    expect(sandbox.escalation!.coordinatorAfterDays).toBeCloseTo(3 * day, 6);
    expect(sandbox.escalation!.managerAfterDays).toBeCloseTo(7 * day, 6);
  });

  it('refuses a rung at or before the due date', () => {
    expect(withLadder(0, 7).join('\n')).toMatch(/escalation.coordinatorAfterDays must be a positive number/);
    expect(withLadder(3, -1).join('\n')).toMatch(/escalation.managerAfterDays must be a positive number/);
  });

  it("refuses a manager's rung that does not come after the coordinator's", () => {
    expect(withLadder(7, 7).join('\n')).toMatch(/managerAfterDays \(7\) must be after .*coordinatorAfterDays \(7\)/);
    expect(withLadder(7, 3)).not.toEqual([]);
    expect(withLadder(3, 7)).toEqual([]);
  });
});
