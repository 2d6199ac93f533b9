import { DomainError } from '../../../domain/errors/error-codes';
import {
  getProgrammeRules,
  latestProgrammeRules,
  listProgrammeRules,
  validateProgrammeRules,
} from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const clone = (r: ProgrammeRules): ProgrammeRules => JSON.parse(JSON.stringify(r)) as ProgrammeRules;

describe('programme rules registry', () => {
  it('serves default v1 to v5, v5 as the latest default', () => {
    const rules = getProgrammeRules('default', 1);
    expect(rules).toMatchObject({ programmeRulesId: 'default', version: 1 });
    expect(listProgrammeRules()).toContain(rules);
    expect(latestProgrammeRules('default')).toBe(getProgrammeRules('default', 5));
    expect(latestProgrammeRules('training-sandbox')).toBe(getProgrammeRules('training-sandbox', 5));
  });

  it.each(['default', 'training-sandbox'])(
    '%s v2 is v1 plus the follow-up window, so journeys on v1 keep their path',
    (rulesId) => {
      const v1 = getProgrammeRules(rulesId, 1);
      const v2 = getProgrammeRules(rulesId, 2);
      const unchanged = ({
        version: _v,
        description: _d,
        defaultsNote: _n,
        followUpWindow: _w,
        ...rest
      }: ProgrammeRules) => rest;
      expect(unchanged(v2)).toEqual(unchanged(v1));
      expect(v1.followUpWindow).toBeUndefined();
      // Half a month before the due date, in each version's own days (the sandbox's month lasts 0.0001 days).
      expect(v2.followUpWindow!.opensDaysBeforeDue).toBeCloseTo(v2.daysPerMonth / 2, 10);
    },
  );

  it('every latest version sets a follow-up window', () => {
    const ids = [...new Set(listProgrammeRules().map((r) => r.programmeRulesId))];
    for (const id of ids) expect(latestProgrammeRules(id).followUpWindow).toBeDefined();
  });

  it('throws a NOT_FOUND DomainError for an unknown id or version', () => {
    expect(() => getProgrammeRules('default', 99)).toThrow(DomainError);
    try {
      getProgrammeRules('nope', 1);
    } catch (e) {
      expect((e as DomainError).code).toBe('NOT_FOUND');
    }
    expect(() => latestProgrammeRules('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('hands out frozen rules: a published version cannot be changed in memory', () => {
    const rules = getProgrammeRules('default', 1);
    expect(Object.isFrozen(rules.graduation)).toBe(true);
    expect(Object.isFrozen(rules.moduleTemplates[0].sessions)).toBe(true);
  });

  it('freezes whichever version it hands out first, whichever way it is asked for', () => {
    // A fresh copy of the module: nothing has been handed out yet, so nothing is frozen in advance.
    jest.isolateModules(() => {
      const fresh = jest.requireActual<typeof import('../../../domain/programme/programme-rules.registry')>(
        '../../../domain/programme/programme-rules.registry',
      );
      const latest = fresh.latestProgrammeRules('training-sandbox');
      expect(Object.isFrozen(latest.moduleTemplates[0].sessions)).toBe(true);
      const first = fresh.getProgrammeRules('default', 2);
      expect(Object.isFrozen(first.graduation)).toBe(true);
      const all = fresh.listProgrammeRules();
      expect(Object.isFrozen(all)).toBe(true);
      expect(all.every((r) => Object.isFrozen(r.moduleTemplates))).toBe(true);
    });
  });

  it.each(listProgrammeRules().map((r) => [`${r.programmeRulesId} v${r.version}`, r] as const))(
    '%s validates',
    (_name, rules) => {
      expect(validateProgrammeRules(rules)).toEqual([]);
    },
  );

  it('default v1 carries the seven seed templates and a cited mapping for every need', () => {
    const rules = getProgrammeRules('default', 1);
    expect(rules.moduleTemplates.map((t) => t.id)).toEqual([
      'SOCIAL_MENTORING',
      'VOCATIONAL_TRAINING',
      'TECHNICAL_MENTORING',
      'ENTREPRENEURSHIP_TRAINING',
      'MANAGERIAL_MENTORING',
      'CAPITAL_ACCESS',
      'MARKET_ACCESS',
    ]);
    expect(rules.needsMapping).toHaveLength(9);
    for (const m of rules.needsMapping) expect(m.source).toMatch(/^001:\d+$/);
    expect(rules.needsMapping.find((m) => m.need === 'EDUCATION')?.modules).toEqual([]);
    expect(rules.needsMapping.find((m) => m.need === 'FINANCIAL_MANAGEMENT')?.modules).toEqual([
      'MANAGERIAL_MENTORING',
    ]);
  });
});

describe('validateProgrammeRules finds inconsistent versions', () => {
  const base = getProgrammeRules('default', 1);
  const broken: [string, (r: ProgrammeRules) => void, RegExp][] = [
    [
      'a mix not summing to 100',
      (r) => {
        r.moduleTemplates[0].sessionMix[0].percent = 41;
      },
      /sums to 101/,
    ],
    [
      'a range with min above max',
      (r) => {
        r.moduleTemplates[1].sessions = { min: 10, max: 8 };
      },
      /min 10 is above max 8/,
    ],
    [
      'a mapping to an unknown template',
      (r) => {
        r.needsMapping[0].modules = ['BAKING'];
      },
      /unknown template BAKING/,
    ],
    [
      'a duplicated template',
      (r) => {
        r.moduleTemplates.push(r.moduleTemplates[0]);
      },
      /defined twice/,
    ],
    [
      'thresholds out of order',
      (r) => {
        r.welfareThresholds.MIDDLE = 2;
      },
      /VULNERABLE < MIDDLE < STABLE/,
    ],
    [
      'a zero deadline',
      (r) => {
        r.deadlines.assessmentDays = 0;
      },
      /assessmentDays/,
    ],
    [
      'an empty follow-up schedule',
      (r) => {
        r.followUpScheduleMonths = [];
      },
      /followUpScheduleMonths is empty/,
    ],
    [
      'a decreasing follow-up schedule',
      (r) => {
        r.followUpScheduleMonths = [6, 3];
      },
      /strictly increasing/,
    ],
    [
      'a quota over 100%',
      (r) => {
        r.selection.vulnerableGroupQuotas[0].minPercent = 120;
      },
      /within 0..100/,
    ],
    [
      'a negative follow-up window',
      (r) => {
        r.followUpWindow = { opensDaysBeforeDue: -1 };
      },
      /followUpWindow.opensDaysBeforeDue must be a non-negative number/,
    ],
    [
      'a follow-up window opening before graduation or the previous follow-up',
      (r) => {
        r.followUpWindow = { opensDaysBeforeDue: 90 }; // the 3-month follow-up is due 90 days after graduation
      },
      /shorter than the shortest follow-up interval \(90 days\)/,
    ],
    [
      'a phase naming an unknown template',
      (r) => {
        r.proposalPhases = [['NOPE']];
      },
      /unknown template NOPE/,
    ],
    [
      'a capacity action that is neither WARN nor REFUSE',
      (r) => {
        r.selection.capacity = { overPlannedSize: 'WARN', quotaAtRisk: 'IGNORE' as 'WARN' };
      },
      /selection.capacity.quotaAtRisk must be one of WARN, REFUSE/,
    ],
  ];
  it.each(broken)('%s', (_name, breakIt, message) => {
    const rules = clone(base);
    breakIt(rules);
    expect(validateProgrammeRules(rules).join('\n')).toMatch(message);
  });
});
