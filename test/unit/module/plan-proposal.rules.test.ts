import { proposeModules } from '../../../domain/module/plan-proposal.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { addDays } from '../../../domain/shared/iso-time';

const rules = getProgrammeRules('default', 1);
const START = '2026-02-01T00:00:00.000Z';

describe('plan proposal from needs', () => {
  it('orders social mentoring first, skills and technical/managerial mentoring next, access last', () => {
    const plan = proposeModules(
      ['MARKET', 'JOB_SKILLS', 'SOCIAL_MENTORING', 'CAPITAL', 'TECHNICAL_MENTORING'],
      rules,
      START,
    );
    expect(plan).toEqual([
      { templateId: 'SOCIAL_MENTORING', phase: 1, plannedStart: START, plannedSessions: 8 },
      { templateId: 'VOCATIONAL_TRAINING', phase: 2, plannedStart: addDays(START, 60), plannedSessions: 8 },
      { templateId: 'TECHNICAL_MENTORING', phase: 2, plannedStart: addDays(START, 60), plannedSessions: 6 },
      { templateId: 'CAPITAL_ACCESS', phase: 3, plannedStart: addDays(START, 90), plannedSessions: 4 },
      { templateId: 'MARKET_ACCESS', phase: 3, plannedStart: addDays(START, 90), plannedSessions: 8 },
    ]);
  });

  it('keeps phases contiguous when a group is missing', () => {
    const plan = proposeModules(['CAPITAL', 'ENTREPRENEURSHIP_SKILLS'], rules, START);
    expect(plan.map((m) => [m.templateId, m.phase, m.plannedStart])).toEqual([
      ['ENTREPRENEURSHIP_TRAINING', 1, START],
      ['CAPITAL_ACCESS', 2, addDays(START, 30)],
    ]);
  });

  it('de-duplicates templates reached by several needs, and gives nothing for education (no template)', () => {
    expect(
      proposeModules(['FINANCIAL_MANAGEMENT', 'MANAGERIAL_MENTORING'], rules, START).map((m) => m.templateId),
    ).toEqual(['MANAGERIAL_MENTORING']);
    expect(proposeModules(['EDUCATION'], rules, START)).toEqual([]);
    expect(proposeModules([], rules, START)).toEqual([]);
  });

  it('is deterministic whatever the order of needs', () => {
    expect(proposeModules(['MARKET', 'SOCIAL_MENTORING'], rules, START)).toEqual(
      proposeModules(['SOCIAL_MENTORING', 'MARKET'], rules, START),
    );
  });

  it('without proposalPhases proposes every module in phase 1', () => {
    const flat: ProgrammeRules = { ...rules, proposalPhases: undefined };
    expect(proposeModules(['SOCIAL_MENTORING', 'MARKET'], flat, START).map((m) => m.phase)).toEqual([1, 1]);
  });
});
