import {
  cohortQuotaFigures,
  enrolmentCapacityFindings,
  seatsRequired,
} from '../../../domain/cohort/cohort-quota.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const defaults = getProgrammeRules('default', 2);
const refusing: Pick<ProgrammeRules, 'selection'> = {
  selection: { ...defaults.selection, capacity: { overPlannedSize: 'REFUSE', quotaAtRisk: 'REFUSE' } },
};
const quotas = [{ group: 'DISABILITY', minPercent: 20 }];

describe('quota status of a cohort', () => {
  it('counts applicants (enrolled + refused), the share enrolled per group, met and at risk', () => {
    const figures = cohortQuotaFigures(quotas, {
      plannedSize: 10,
      enrolled: 5,
      refused: 2,
      groups: [{ group: 'DISABILITY', enrolled: 1, refused: 1 }],
    });
    expect(figures).toEqual({
      plannedSize: 10,
      enrolled: 5,
      seatsLeft: 5,
      applicants: 7,
      refused: 2,
      quotas: [
        {
          group: 'DISABILITY',
          minPercent: 20,
          applicants: 2,
          enrolled: 1,
          enrolledPercent: 20,
          met: true,
          atRisk: false,
        },
      ],
    });
  });

  it('a quota is at risk once the seats left cannot bring its group to its share of the planned size', () => {
    const full = cohortQuotaFigures(quotas, { plannedSize: 10, enrolled: 9, refused: 0, groups: [] });
    expect(full.quotas[0]).toMatchObject({ enrolled: 0, met: false, atRisk: true });
    expect(full.seatsLeft).toBe(1);
  });

  it('an empty cohort meets only zero quotas and no quota is at risk yet', () => {
    const empty = cohortQuotaFigures(quotas, { plannedSize: 10, enrolled: 0, refused: 0, groups: [] });
    expect(empty.quotas[0]).toMatchObject({ met: false, atRisk: false, enrolledPercent: 0 });
  });

  it('a quota asks for whole people, rounded up', () => {
    expect(seatsRequired(10, 25)).toBe(3);
    expect(seatsRequired(30, 10)).toBe(3);
  });
});

describe('enrolling one more person into a cohort', () => {
  const counts = { plannedSize: 10, enrolled: 9, groups: [{ group: 'DISABILITY', enrolled: 1 }] };

  it('has nothing to say while there is room and the quota can still be met', () => {
    expect(enrolmentCapacityFindings(quotas, { ...counts, enrolled: 5 }, [], defaults)).toEqual([]);
  });

  it('warns by default when a person outside the group takes a seat the quota needs', () => {
    const findings = enrolmentCapacityFindings(quotas, counts, [], defaults);
    expect(findings).toEqual([expect.objectContaining({ code: 'QUOTA_AT_RISK', group: 'DISABILITY', action: 'WARN' })]);
  });

  it('has nothing to say when the person is in the group', () => {
    expect(enrolmentCapacityFindings(quotas, counts, ['DISABILITY'], defaults)).toEqual([]);
  });

  it('warns by default past the planned size', () => {
    const findings = enrolmentCapacityFindings([], { ...counts, enrolled: 10 }, [], defaults);
    expect(findings).toEqual([expect.objectContaining({ code: 'OVER_PLANNED_SIZE', action: 'WARN' })]);
  });

  it('refuses both when the rules say REFUSE', () => {
    const findings = enrolmentCapacityFindings(quotas, { ...counts, enrolled: 10 }, [], refusing);
    expect(findings.map((f) => [f.code, f.action])).toEqual([
      ['OVER_PLANNED_SIZE', 'REFUSE'],
      ['QUOTA_AT_RISK', 'REFUSE'],
    ]);
  });
});
