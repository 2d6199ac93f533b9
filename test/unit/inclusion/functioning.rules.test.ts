import {
  FUNCTIONING_DOMAINS,
  deriveFunctioning,
  disabilityLevel,
  functioningProblems,
  hasDisability,
  type FunctioningAnswers,
  type FunctioningLevel,
} from '../../../domain/inclusion/functioning.rules';
import { DEFAULT_INCLUSION_RULES, inclusionRules } from '../../../domain/inclusion/inclusion-rules.types';
import { inclusionRulesProblems } from '../../../domain/inclusion/inclusion-rules.validation';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const all = (level: FunctioningLevel, worse: Partial<FunctioningAnswers> = {}): FunctioningAnswers => ({
  ...(Object.fromEntries(FUNCTIONING_DOMAINS.map((d) => [d, level])) as FunctioningAnswers),
  ...worse,
});
const WG = DEFAULT_INCLUSION_RULES;

describe('Washington Group Short Set: the level and yes/no derived from the answers', () => {
  it('takes the most severe answer as the level', () => {
    expect(disabilityLevel(all('NO_DIFFICULTY'))).toBe('NO_DIFFICULTY');
    expect(disabilityLevel(all('NO_DIFFICULTY', { HEARING: 'SOME_DIFFICULTY' }))).toBe('SOME_DIFFICULTY');
    expect(disabilityLevel(all('SOME_DIFFICULTY', { SELF_CARE: 'CANNOT_DO_AT_ALL' }))).toBe('CANNOT_DO_AT_ALL');
  });

  it('counts a disability from one domain at the WG standard cut-off (a lot of difficulty or worse)', () => {
    expect(hasDisability(all('SOME_DIFFICULTY'), WG)).toBe(false);
    expect(hasDisability(all('NO_DIFFICULTY', { WALKING: 'A_LOT_OF_DIFFICULTY' }), WG)).toBe(true);
    expect(hasDisability(all('NO_DIFFICULTY', { SEEING: 'CANNOT_DO_AT_ALL' }), WG)).toBe(true);
  });

  it('follows a stricter or looser cut-off from the rules', () => {
    const some = { disabilityCutOff: 'SOME_DIFFICULTY' as const };
    const cannot = { disabilityCutOff: 'CANNOT_DO_AT_ALL' as const };
    expect(hasDisability(all('NO_DIFFICULTY', { COGNITION: 'SOME_DIFFICULTY' }), some)).toBe(true);
    expect(hasDisability(all('NO_DIFFICULTY', { COGNITION: 'A_LOT_OF_DIFFICULTY' }), cannot)).toBe(false);
  });

  it('refuses a yes/no that contradicts the answers and accepts one that agrees or none', () => {
    const answers = all('NO_DIFFICULTY', { WALKING: 'A_LOT_OF_DIFFICULTY' });
    expect(deriveFunctioning(answers, false, WG)).toMatchObject({
      ok: false,
      code: 'DISABILITY_DISAGREES_WITH_FUNCTIONING',
    });
    expect(deriveFunctioning(answers, true, WG)).toEqual({
      ok: true,
      result: { level: 'A_LOT_OF_DIFFICULTY', disability: true },
    });
    expect(deriveFunctioning(all('SOME_DIFFICULTY'), null, WG)).toEqual({
      ok: true,
      result: { level: 'SOME_DIFFICULTY', disability: false },
    });
  });

  it('names a missing domain, an unknown level and an unknown domain', () => {
    const { SEEING: _seeing, ...rest } = all('NO_DIFFICULTY');
    expect(functioningProblems({ ...rest, HEARING: 'DEAF', SMELL: 'NO_DIFFICULTY' })).toEqual([
      expect.stringContaining('SEEING'),
      expect.stringContaining('HEARING'),
      'SMELL is not a WG-SS domain',
    ]);
    expect(functioningProblems(all('NO_DIFFICULTY'))).toEqual([]);
  });
});

describe('inclusion settings of a rules version', () => {
  it('v5 carries the WG standard cut-off and no ethnicity; v4 has none and gets the same defaults', () => {
    expect(getProgrammeRules('default', 5).inclusion).toEqual({
      disabilityCutOff: 'A_LOT_OF_DIFFICULTY',
      collectEthnicity: false,
    });
    expect(getProgrammeRules('default', 4).inclusion).toBeUndefined();
    expect(inclusionRules(getProgrammeRules('default', 4))).toEqual(inclusionRules(getProgrammeRules('default', 5)));
  });

  it('refuses NO_DIFFICULTY as a cut-off (everyone would have a disability) and a non-boolean switch', () => {
    expect(inclusionRulesProblems({ disabilityCutOff: 'NO_DIFFICULTY', collectEthnicity: false })).toHaveLength(1);
    expect(
      inclusionRulesProblems({
        disabilityCutOff: 'A_LOT_OF_DIFFICULTY',
        collectEthnicity: 'yes' as unknown as boolean,
      }),
    ).toEqual(['inclusion.collectEthnicity must be true or false']);
    expect(inclusionRulesProblems(undefined)).toEqual([]);
  });
});
