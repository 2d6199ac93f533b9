import {
  organisationProblems,
  sameOrganisation,
  worksInProgramme,
  type OrganisationInput,
} from '../../../domain/organisation/organisation.rules';

const bicara: OrganisationInput = {
  id: 'yayasan-bicara',
  name: 'Yayasan BICARA',
  kind: 'FOUNDATION',
  programmeIds: ['default'],
  regionCodes: ['96', '52.71'],
};

describe('organisation rules', () => {
  it('accepts an organisation with a slug id, a name, programmes and BPS regions', () => {
    expect(organisationProblems(bicara)).toEqual([]);
  });

  it('names every problem an admin must fix', () => {
    const problems = organisationProblems({
      id: 'Yayasan Bicara',
      name: ' ',
      kind: 'CHURCH' as never,
      programmeIds: [],
      regionCodes: ['Mataram'],
    });
    expect(problems).toHaveLength(5);
    expect(problems.join(' ')).toMatch(/id must be a slug/);
    expect(problems.join(' ')).toMatch(/kind must be one of NGO/);
    expect(problems.join(' ')).toMatch(/BPS region codes/);
  });

  it('tells a retry of the same content (in any order) from different content', () => {
    expect(sameOrganisation(bicara, { ...bicara, name: ' Yayasan BICARA ', regionCodes: ['52.71', '96'] })).toBe(true);
    expect(sameOrganisation(bicara, { ...bicara, kind: 'NGO' })).toBe(false);
  });

  it('knows the programmes an organisation works in', () => {
    expect(worksInProgramme(bicara, 'default')).toBe(true);
    expect(worksInProgramme(bicara, 'training-sandbox')).toBe(false);
  });
});
