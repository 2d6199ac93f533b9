import { programmeRulesDocumentProblems } from '../../../domain/programme/programme-rules-document.validation';
import { getProgrammeRules, validateProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const clone = (r: ProgrammeRules): ProgrammeRules => JSON.parse(JSON.stringify(r)) as ProgrammeRules;
const v4With = (patch: Partial<ProgrammeRules>): ProgrammeRules => ({
  ...clone(getProgrammeRules('default', 4)),
  ...patch,
});

describe('module delivery and group settings in the rules', () => {
  it.each(['default', 'training-sandbox'])(
    '%s v4 is v3 plus delivery checks and groups, so v3 journeys keep their path',
    (id) => {
      const v3 = getProgrammeRules(id, 3);
      const v4 = getProgrammeRules(id, 4);
      const unchanged = ({
        version: _v,
        description: _d,
        defaultsNote: _n,
        moduleDelivery: _m,
        groups: _g,
        ...rest
      }: ProgrammeRules) => rest;
      expect(unchanged(v4)).toEqual(unchanged(v3));
      expect(v3.moduleDelivery).toBeUndefined();
      expect(v3.groups).toBeUndefined();
      expect(v4.moduleDelivery).toEqual({ minimumDuration: 'REFUSE', hoursPerSession: 'FLAG', mixTolerancePoints: 10 });
    },
  );

  it('default v4 calls a group overdue after 14 days; the sandbox after fourteen of its own days', () => {
    expect(getProgrammeRules('default', 4).groups).toEqual({ meetingOverdueDays: 14 });
    const sandbox = getProgrammeRules('training-sandbox', 4);
    expect(sandbox.groups!.meetingOverdueDays).toBeCloseTo((14 * sandbox.daysPerMonth) / 30, 6);
  });

  it('a published document may carry both settings, and is refused when they are not what they should be', () => {
    expect(programmeRulesDocumentProblems(v4With({}))).toEqual([]);
    const wrongAction = v4With({});
    (wrongAction.moduleDelivery as unknown as Record<string, unknown>).minimumDuration = 'WARN';
    expect(programmeRulesDocumentProblems(wrongAction).join('\n')).toMatch(
      /moduleDelivery.minimumDuration must be one of REFUSE, FLAG/,
    );
    const noTolerance = v4With({});
    delete (noTolerance.moduleDelivery as unknown as Record<string, unknown>).mixTolerancePoints;
    expect(programmeRulesDocumentProblems(noTolerance).join('\n')).toMatch(/mixTolerancePoints/);
  });

  it('refuses a tolerance outside 0..100 points and a group overdue time that is not positive', () => {
    const tolerance = (mixTolerancePoints: number) =>
      validateProgrammeRules(
        v4With({ moduleDelivery: { minimumDuration: 'FLAG', hoursPerSession: 'FLAG', mixTolerancePoints } }),
      );
    expect(tolerance(-1).join('\n')).toMatch(/mixTolerancePoints must be within 0..100/);
    expect(tolerance(101).join('\n')).toMatch(/mixTolerancePoints must be within 0..100/);
    expect(tolerance(0)).toEqual([]);
    expect(validateProgrammeRules(v4With({ groups: { meetingOverdueDays: 0 } })).join('\n')).toMatch(
      /groups.meetingOverdueDays must be a positive number/,
    );
  });
});
