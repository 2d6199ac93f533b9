import { countNeeds, normaliseNeeds, withholdSmallCounts } from '../../../domain/inclusion/accommodation.rules';
import { checkEthnicity } from '../../../domain/inclusion/ethnicity.rules';

describe('accommodation needs', () => {
  it('stores each need once, in catalogue order, so equal sets compare equal', () => {
    expect(normaliseNeeds(['TRANSPORT', 'CHILDCARE', 'TRANSPORT'])).toEqual(['CHILDCARE', 'TRANSPORT']);
    expect(normaliseNeeds([])).toEqual([]);
  });

  it('counts the people needing each accommodation, every need listed', () => {
    const counts = countNeeds([
      { accommodationNeeds: ['CHILDCARE', 'LACTATION_ROOM'] },
      { accommodationNeeds: ['CHILDCARE'] },
      { accommodationNeeds: [] },
    ]);
    expect(counts).toHaveLength(7);
    expect(counts.filter((c) => c.people > 0)).toEqual([
      { need: 'CHILDCARE', people: 2, suppressed: false },
      { need: 'LACTATION_ROOM', people: 1, suppressed: false },
    ]);
  });

  it('withholds a count from one person up to below the threshold, and shows zero and larger counts', () => {
    const counts = countNeeds([
      ...Array.from({ length: 5 }, () => ({ accommodationNeeds: ['CHILDCARE'] })),
      { accommodationNeeds: ['SIGN_LANGUAGE_INTERPRETER', 'CHILDCARE'] },
    ]);
    const shown = withholdSmallCounts(counts, 5);
    expect(shown.find((c) => c.need === 'CHILDCARE')).toEqual({ need: 'CHILDCARE', people: 6, suppressed: false });
    expect(shown.find((c) => c.need === 'SIGN_LANGUAGE_INTERPRETER')).toEqual({
      need: 'SIGN_LANGUAGE_INTERPRETER',
      people: 0,
      suppressed: true,
    });
    expect(shown.find((c) => c.need === 'TRANSPORT')).toEqual({ need: 'TRANSPORT', people: 0, suppressed: false });
  });
});

describe('ethnicity where a programme collects it', () => {
  it('refuses a code where the rules do not collect it, and takes none either way', () => {
    expect(checkEthnicity('SASAK', { collectEthnicity: false })).toMatchObject({
      ok: false,
      code: 'ETHNICITY_NOT_COLLECTED',
    });
    expect(checkEthnicity(null, { collectEthnicity: false })).toEqual({ ok: true, code: null });
    expect(checkEthnicity('SASAK', { collectEthnicity: true })).toEqual({ ok: true, code: 'SASAK' });
    expect(checkEthnicity('sasak!', { collectEthnicity: true })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });
});
