import { countNeeds, normaliseNeeds } from '../../../domain/inclusion/accommodation.rules';
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
      { need: 'CHILDCARE', people: 2 },
      { need: 'LACTATION_ROOM', people: 1 },
    ]);
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
