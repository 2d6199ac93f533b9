import {
  cohortDefinitionProblems,
  regionInCohort,
  sameDefinition,
  statusChangeProblems,
  type CohortDefinition,
} from '../../../domain/cohort/cohort.rules';

const cohort: CohortDefinition = {
  id: 'ntb-2027-a',
  programmeId: 'default',
  name: 'NTB 2027 A',
  regionCode: '52.71',
  startDate: '2027-01-04',
  targetGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
  plannedSize: 25,
  quotas: [{ group: 'DISABILITY', minPercent: 10 }],
  status: 'ENROLLING',
};

describe('a cohort definition', () => {
  it('accepts a slug id, a BPS prefix, a date, a planned size and quotas', () => {
    expect(cohortDefinitionProblems(cohort)).toEqual([]);
  });

  it('names every problem: a bad slug, no name, a bad date, size zero, a quota over 100% and one given twice', () => {
    const problems = cohortDefinitionProblems({
      ...cohort,
      id: 'ntb 2027',
      name: '  ',
      startDate: '2027-13-45',
      plannedSize: 0,
      quotas: [
        { group: 'DISABILITY', minPercent: 120 },
        { group: 'DISABILITY', minPercent: 5 },
      ],
    });
    expect(problems.join('\n')).toMatch(/id must be/);
    expect(problems.join('\n')).toMatch(/name must be/);
    expect(problems.join('\n')).toMatch(/startDate/);
    expect(problems.join('\n')).toMatch(/plannedSize/);
    expect(problems.join('\n')).toMatch(/within 0..100/);
    expect(problems.join('\n')).toMatch(/given twice/);
  });

  it('a retried create with the same content is the same cohort, whatever the order of groups', () => {
    const again = { ...cohort, quotas: [...cohort.quotas], targetGroups: [...cohort.targetGroups] };
    expect(sameDefinition(cohort, again)).toBe(true);
    expect(sameDefinition(cohort, { ...cohort, plannedSize: 30 })).toBe(false);
  });

  it('a closed cohort cannot be reopened; other changes of status are allowed', () => {
    expect(statusChangeProblems('CLOSED', 'ENROLLING')).toHaveLength(1);
    expect(statusChangeProblems('ENROLLING', 'RUNNING')).toEqual([]);
    expect(statusChangeProblems('RUNNING', 'ENROLLING')).toEqual([]);
  });

  it("a person belongs to the cohort's region when their region starts with its prefix ('' is everywhere)", () => {
    expect(regionInCohort('52.71', '52.71.01')).toBe(true);
    expect(regionInCohort('52.71', '52.72')).toBe(false);
    expect(regionInCohort('', '31.74')).toBe(true);
  });
});
