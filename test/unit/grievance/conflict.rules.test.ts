import { conflictFigures, type ConflictFact } from '../../../domain/conflict/conflict-figures.rules';
import {
  conflictRecordProblems,
  conflictResolutionProblems,
  notifiesManagerAtOnce,
} from '../../../domain/conflict/conflict.rules';

const fact = (over: Partial<ConflictFact>): ConflictFact => ({
  type: 'COMMUNICATION',
  category: 'MINOR',
  status: 'OPEN',
  recordedAt: '2026-11-01T00:00:00.000Z',
  resolvedAt: null,
  regionCode: '52.71',
  cohortId: 'c1',
  ...over,
});

describe('conflict rules', () => {
  it('validates a record and a resolution; only a MAJOR conflict notifies the manager at once', () => {
    const ok = {
      type: 'INTEREST' as const,
      category: 'MODERATE' as const,
      parties: ['group A', 'partner'],
      journeyIds: [],
      groupIds: [],
      description: 'Unequal fund allocation',
    };
    expect(conflictRecordProblems(ok)).toEqual([]);
    expect(conflictRecordProblems({ ...ok, parties: [] })).toHaveLength(1);
    expect(conflictRecordProblems({ ...ok, type: 'X' as never, description: 'short' })).toHaveLength(2);
    expect(
      conflictResolutionProblems('OPEN', {
        method: 'MEDIATION',
        outcome: 'agreed',
        lessonsLearned: 'post one schedule',
      }),
    ).toEqual([]);
    expect(
      conflictResolutionProblems('RESOLVED', { method: 'SHOUTING' as never, outcome: '', lessonsLearned: '' }),
    ).toHaveLength(4);
    expect(['MINOR', 'MODERATE', 'MAJOR'].map((c) => notifiesManagerAtOnce(c as never))).toEqual([false, false, true]);
  });

  it('counts by type, category, status (numerator / denominator), by province and cohort, with days to resolve', () => {
    const facts = [
      fact({ status: 'RESOLVED', resolvedAt: '2026-11-03T00:00:00.000Z' }),
      fact({
        type: 'SOCIO_CULTURAL',
        category: 'MAJOR',
        regionCode: '31.74',
        cohortId: null,
        status: 'RESOLVED',
        resolvedAt: '2026-11-07T00:00:00.000Z',
      }),
      fact({ type: 'INTEREST', category: 'MODERATE', regionCode: '52.01' }),
    ];
    const f = Object.fromEntries(conflictFigures(facts).map((x) => [x.key, x]));
    expect(f.conflicts_recorded).toMatchObject({ unit: 'COUNT', numerator: 3, denominator: 1, value: 3 });
    expect(f.conflicts_resolved).toMatchObject({ unit: 'RATIO', numerator: 2, denominator: 3 });
    expect(f.conflicts_open).toMatchObject({ numerator: 1, denominator: 3 });
    expect(f['conflicts_by_type:COMMUNICATION']).toMatchObject({ numerator: 1, denominator: 3 });
    expect(f['conflicts_by_type:OTHER']).toMatchObject({ numerator: 0, denominator: 3, value: 0 });
    expect(f['conflicts_by_category:MAJOR'].breakdown).toEqual([
      { dimension: 'REGION', group: '31', numerator: 1, denominator: 1, value: 1 },
      { dimension: 'REGION', group: '52', numerator: 0, denominator: 2, value: 0 },
      { dimension: 'COHORT', group: '(none)', numerator: 1, denominator: 1, value: 1 },
      { dimension: 'COHORT', group: 'c1', numerator: 0, denominator: 2, value: 0 },
    ]);
    expect(f.conflict_days_to_resolve).toMatchObject({
      unit: 'DAYS',
      numerator: 8,
      denominator: 2,
      value: 4,
      mean: 4,
      median: 4,
    });
    expect(
      f.conflict_days_to_resolve.breakdown.find((g) => g.dimension === 'REGION' && g.group === '52'),
    ).toMatchObject({ numerator: 2, denominator: 1, value: 2 });
    expect(conflictFigures([]).find((x) => x.key === 'conflicts_resolved')).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
      breakdown: [],
    });
  });
});
