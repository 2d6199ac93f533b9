import type { Dimension, IndicatorFigure, IndicatorGroup } from '../indicator/indicator.types';
import { mean, median, ratio } from '../indicator/statistics';
import { CONFLICT_CATEGORIES, CONFLICT_TYPES, type ConflictCategory, type ConflictType } from './conflict.rules';

/** One conflict as the figures need it (read from PostgreSQL, filtered to the caller's scope). */
export interface ConflictFact {
  type: ConflictType;
  category: ConflictCategory;
  status: 'OPEN' | 'RESOLVED';
  recordedAt: string;
  resolvedAt: string | null;
  regionCode: string;
  cohortId: string | null;
}

const MS_PER_DAY = 86_400_000;
/** Region groups are provinces: the first segment of the BPS code ("52" of "52.71.03"). */
const provinceOf = (regionCode: string) => regionCode.split('.')[0];
const NO_COHORT = '(none)';

function breakdown(facts: ConflictFact[], counts: (f: ConflictFact) => boolean): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  const by: [Dimension, (f: ConflictFact) => string][] = [
    ['REGION', (f) => provinceOf(f.regionCode)],
    ['COHORT', (f) => f.cohortId ?? NO_COHORT],
  ];
  for (const [dimension, keyOf] of by) {
    const keys = [...new Set(facts.map(keyOf))].sort();
    for (const group of keys) {
      const members = facts.filter((f) => keyOf(f) === group);
      groups.push({ dimension, group, ...ratio(members.filter(counts).length, members.length) });
    }
  }
  return groups;
}

const daysToResolve = (f: ConflictFact) => (Date.parse(f.resolvedAt!) - Date.parse(f.recordedAt)) / MS_PER_DAY;

/**
 * Conflict figures for M&E, in the shared IndicatorFigure shape (domain/indicator): every share is
 * numerator / denominator over the conflicts recorded in the filter, broken down by province and
 * cohort. Keys: conflicts_recorded (COUNT), conflicts_resolved and conflicts_open (RATIO),
 * conflicts_by_type:<TYPE>, conflicts_by_category:<CATEGORY> (RATIO), conflict_days_to_resolve
 * (DAYS: numerator = total days over resolved conflicts, denominator = resolved count, with median).
 */
export function conflictFigures(facts: ConflictFact[]): IndicatorFigure[] {
  const all = facts.length;
  const level = 'ACTIVITY' as const;
  const share = (key: string, counts: (f: ConflictFact) => boolean): IndicatorFigure => ({
    key,
    level,
    unit: 'RATIO',
    ...ratio(facts.filter(counts).length, all),
    breakdown: breakdown(facts, counts),
  });
  const resolved = facts.filter((f) => f.status === 'RESOLVED' && f.resolvedAt);
  const days = resolved.map(daysToResolve);
  const totalDays = days.reduce((a, b) => a + b, 0);
  const dayGroups = breakdown(facts, () => true).map((g) => {
    const members = resolved.filter(
      (f) => (g.dimension === 'REGION' ? provinceOf(f.regionCode) : (f.cohortId ?? NO_COHORT)) === g.group,
    );
    return {
      ...g,
      ...ratio(
        members.map(daysToResolve).reduce((a, b) => a + b, 0),
        members.length,
      ),
    };
  });
  return [
    {
      key: 'conflicts_recorded',
      level,
      unit: 'COUNT',
      ...ratio(all, 1),
      breakdown: breakdown(facts, () => true).map((g) => ({ ...g, ...ratio(g.numerator, 1) })),
    },
    share('conflicts_resolved', (f) => f.status === 'RESOLVED'),
    share('conflicts_open', (f) => f.status === 'OPEN'),
    ...CONFLICT_TYPES.map((t) => share(`conflicts_by_type:${t}`, (f) => f.type === t)),
    ...CONFLICT_CATEGORIES.map((c) => share(`conflicts_by_category:${c}`, (f) => f.category === c)),
    {
      key: 'conflict_days_to_resolve',
      level,
      unit: 'DAYS',
      ...ratio(totalDays, resolved.length),
      mean: mean(days),
      median: median(days),
      breakdown: dayGroups,
    },
  ];
}
