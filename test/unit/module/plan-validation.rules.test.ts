import { validatePlan } from '../../../domain/module/plan-validation.rules';
import { proposeModules } from '../../../domain/module/plan-proposal.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { PlannedModuleInput } from '../../../domain/journey/journey.types';

const rules = getProgrammeRules('default', 1);
const S = '2026-02-01T00:00:00.000Z';
const L = '2026-04-01T00:00:00.000Z';
const m = (templateId: string, plannedSessions: number, phase = 1, plannedStart = S): PlannedModuleInput => ({
  templateId,
  phase,
  plannedStart,
  plannedSessions,
});
const codes = (plan: PlannedModuleInput[]) => validatePlan(plan, rules).map((p) => p.code);

describe('plan validation against the templates', () => {
  it('accepts every proposal the machine makes', () => {
    expect(
      validatePlan(proposeModules(['SOCIAL_MENTORING', 'JOB_SKILLS', 'CAPITAL', 'MARKET'], rules, S), rules),
    ).toEqual([]);
  });

  it.each(rules.moduleTemplates.map((t) => [t.id, t.sessions.min, t.sessions.max] as const))(
    '%s accepts %i..%i sessions and nothing outside',
    (id, min, max) => {
      expect(codes([m(id, min)])).toEqual([]);
      expect(codes([m(id, max)])).toEqual([]);
      expect(codes([m(id, min - 1)])).toEqual(['SESSIONS_OUT_OF_RANGE']);
      expect(codes([m(id, max + 1)])).toEqual(['SESSIONS_OUT_OF_RANGE']);
    },
  );

  it('refuses an empty plan, unknown and duplicated templates, fractional sessions', () => {
    expect(codes([])).toEqual(['EMPTY_PLAN']);
    expect(codes([m('BAKING', 5)])).toEqual(['UNKNOWN_TEMPLATE']);
    expect(codes([m('CAPITAL_ACCESS', 4), m('CAPITAL_ACCESS', 5)])).toEqual(['DUPLICATE_TEMPLATE']);
    expect(codes([m('CAPITAL_ACCESS', 4.5)])).toEqual(['SESSIONS_OUT_OF_RANGE']);
  });

  it('requires phases 1..n without gaps', () => {
    expect(codes([m('CAPITAL_ACCESS', 4, 2)])).toEqual(['PHASES_NOT_CONTIGUOUS']);
    expect(codes([m('CAPITAL_ACCESS', 4, 1), m('MARKET_ACCESS', 8, 3, L)])).toEqual(['PHASES_NOT_CONTIGUOUS']);
    expect(codes([m('CAPITAL_ACCESS', 4, 0)])).toEqual(['PHASES_NOT_CONTIGUOUS']);
  });

  it('refuses bad dates and a later phase starting before an earlier one', () => {
    expect(codes([m('CAPITAL_ACCESS', 4, 1, '2026-02-30')])).toEqual(['INVALID_DATE']);
    expect(codes([m('CAPITAL_ACCESS', 4, 1, L), m('MARKET_ACCESS', 8, 2, S)])).toEqual(['PHASE_STARTS_OUT_OF_ORDER']);
    expect(codes([m('CAPITAL_ACCESS', 4, 1, S), m('MARKET_ACCESS', 8, 2, S)])).toEqual([]); // overlap allowed
  });
});
