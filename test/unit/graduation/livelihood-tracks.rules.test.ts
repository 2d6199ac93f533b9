import { evaluateGraduation } from '../../../domain/graduation/graduation-criteria.rules';
import { journeyTrackOf, proposedTrackOf } from '../../../domain/graduation/livelihood-track.rules';
import { withoutLivelihoodTracks } from '../../../domain/journey/journey-rules.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { validateProgrammeRules } from '../../../domain/programme/programme-rules.validation';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const v5 = getProgrammeRules('default', 5);
const base = { evidenceId: 'ev', incomeToMinimumWageRatio: 1.2, mindsetChanged: true };
const wageEarner = { ...base, businessRunning: false, inWork: true, monthsInWork: 4 };
const trader = { ...base, businessRunning: true };
const failed = (p: ReturnType<typeof evaluateGraduation>) => p.criteria.filter((c) => !c.met).map((c) => c.criterion);

describe('the proposed livelihood track (JOB_SKILLS -> JOB; entrepreneurship, capital, market -> BUSINESS)', () => {
  it.each([
    [['JOB_SKILLS'], 'JOB'],
    [['JOB_SKILLS', 'SOCIAL_MENTORING', 'TECHNICAL_MENTORING'], 'JOB'],
    [['ENTREPRENEURSHIP_SKILLS'], 'BUSINESS'],
    [['JOB_SKILLS', 'CAPITAL'], 'BUSINESS'],
    [['JOB_SKILLS', 'MARKET'], 'BUSINESS'],
    [['JOB_SKILLS', 'ENTREPRENEURSHIP_SKILLS'], 'BUSINESS'],
    [['SOCIAL_MENTORING'], 'BUSINESS'],
    [[], 'BUSINESS'],
  ] as const)('needs %j propose %s', (needs, track) => {
    expect(proposedTrackOf([...needs])).toBe(track);
  });

  it("judges a journey by its plan's track, else by its assessment's proposal", () => {
    expect(journeyTrackOf({ track: 'BUSINESS', assessment: { needs: ['JOB_SKILLS'] } })).toBe('BUSINESS');
    expect(journeyTrackOf({ assessment: { needs: ['JOB_SKILLS'] } })).toBe('JOB');
    expect(journeyTrackOf({ assessment: null })).toBe('BUSINESS');
  });
});

describe('graduation criteria per track (default v5: graduation.byTrack)', () => {
  it('graduates a wage earner on the JOB track without a business', () => {
    const p = evaluateGraduation(wageEarner, v5, 'JOB');
    expect(p.proposal).toBe('GRADUATE');
    expect(p.criteria.map((c) => c.criterion)).toEqual([
      'INCOME_TO_MINIMUM_WAGE',
      'WELFARE_LEVEL',
      'MONTHS_IN_WORK',
      'MINDSET_CHANGED',
    ]);
  });

  it('refuses a JOB-track person short of the months in work, naming MONTHS_IN_WORK and the minimum', () => {
    const p = evaluateGraduation({ ...wageEarner, monthsInWork: 2 }, v5, 'JOB');
    expect(p.proposal).toBe('NOT_YET');
    expect(failed(p)).toEqual(['MONTHS_IN_WORK']);
    expect(p.criteria.find((c) => c.criterion === 'MONTHS_IN_WORK')?.detail).toContain('needs 3 or more');
  });

  it('refuses a JOB-track person not in work, whatever the months', () => {
    expect(failed(evaluateGraduation({ ...base, businessRunning: true }, v5, 'JOB'))).toEqual(['MONTHS_IN_WORK']);
  });

  it('graduates a BUSINESS-track person with a running business, and refuses one without', () => {
    expect(evaluateGraduation(trader, v5, 'BUSINESS').proposal).toBe('GRADUATE');
    expect(failed(evaluateGraduation(wageEarner, v5, 'BUSINESS'))).toEqual(['BUSINESS_RUNNING']);
  });

  it('needs income strictly above the UMK on v5 (incomeMeasure.comparison ABOVE, PENA) and at least it on v4', () => {
    const atUmk = { ...trader, incomeToMinimumWageRatio: 1.0 };
    expect(failed(evaluateGraduation(atUmk, v5, 'BUSINESS'))).toEqual(['INCOME_TO_MINIMUM_WAGE']);
    expect(evaluateGraduation(atUmk, getProgrammeRules('default', 4)).proposal).toBe('GRADUATE');
  });

  it.each([1, 2, 3, 4])('keeps v%i as before: the business is required of everyone, a wage earner is refused', (v) => {
    const rules = getProgrammeRules('default', v);
    expect(failed(evaluateGraduation(wageEarner, rules, 'JOB'))).toEqual(['BUSINESS_RUNNING']);
    expect(evaluateGraduation(trader, rules, 'JOB').proposal).toBe('GRADUATE');
  });

  it('applies v5 as the rules of the day to histories begun before tracks (withoutLivelihoodTracks)', () => {
    const before = withoutLivelihoodTracks(v5);
    expect(before.graduation.byTrack).toBeUndefined();
    expect(before.incomeMeasure).toBeUndefined();
    expect(failed(evaluateGraduation(wageEarner, before, 'JOB'))).toEqual(['BUSINESS_RUNNING']);
    expect(withoutLivelihoodTracks(getProgrammeRules('default', 4))).toBe(getProgrammeRules('default', 4));
  });
});

describe('livelihood settings validation', () => {
  it('accepts both bundled v5 versions', () => {
    expect(validateProgrammeRules(v5)).toEqual([]);
    expect(validateProgrammeRules(getProgrammeRules('training-sandbox', 5))).toEqual([]);
  });

  it('names bad months, measure basis, comparison and reference household size', () => {
    const bad = {
      ...v5,
      graduation: { ...v5.graduation, byTrack: { JOB: { minMonthsInWork: -1 }, BUSINESS: {} } },
      incomeMeasure: { basis: 'PER_HEAD', comparison: 'OVER', perCapitaReferenceHouseholdSize: 0 },
    } as unknown as ProgrammeRules;
    const problems = validateProgrammeRules(bad).join('\n');
    for (const name of [
      'graduation.byTrack.JOB.minMonthsInWork',
      'graduation.byTrack.BUSINESS.requireBusinessRunning',
      'incomeMeasure.basis',
      'incomeMeasure.comparison',
      'incomeMeasure.perCapitaReferenceHouseholdSize',
    ])
      expect(problems).toContain(name);
  });

  it('states the poverty line in v5 only and refuses one that is not a positive rupiah amount', () => {
    expect(v5.incomeMeasure?.povertyLinePerCapitaMonthly).toBe(582932);
    expect(getProgrammeRules('default', 4).incomeMeasure).toBeUndefined();
    const { povertyLinePerCapitaMonthly: _line, ...withoutLine } = v5.incomeMeasure!;
    expect(validateProgrammeRules({ ...v5, incomeMeasure: withoutLine })).toEqual([]);
    for (const line of [0, -1, '582932'])
      expect(
        validateProgrammeRules({
          ...v5,
          incomeMeasure: { ...v5.incomeMeasure!, povertyLinePerCapitaMonthly: line },
        } as unknown as ProgrammeRules).join('\n'),
      ).toContain('incomeMeasure.povertyLinePerCapitaMonthly');
  });
});
