import { ALWAYS_PRESENT_KEYS, definitionOf } from '../../domain/indicator/indicator-catalogue';
import type { Dimension, IndicatorFigure, IndicatorGroup } from '../../domain/indicator/indicator.types';
import type { Logframe } from '../../domain/indicator/logframe.types';
import { ratio } from '../../domain/indicator/statistics';
import type { AggregateRow } from './indicator-query.sql';

/** Counts per group of each dimension (dim and grp null: the whole), as the population statements return them. */
export interface GroupCount {
  dim: Dimension | null;
  grp: string | null;
  n: number;
}

const groupKey = (dim: string | null, grp: string | null) => `${dim ?? ''}\u0000${grp ?? ''}`;

/**
 * Rows to figures: COUNT denominators from the population (or the family total), groups filled (the people's for
 * people figures, the groups' region and cohort for group figures), targets attached (the logframe's, else a
 * quota's minimum share; every quota group shows).
 */
export function assembleFigures(
  rows: AggregateRow[],
  people: GroupCount[],
  groups: GroupCount[],
  logframe: Logframe,
  quotaTargets: Map<string, number>,
): IndicatorFigure[] {
  const population = new Map(people.map((g) => [groupKey(g.dim, g.grp), Number(g.n)]));
  const byKey = new Map<string, Map<string, AggregateRow>>();
  for (const r of rows) {
    if (!byKey.has(r.k)) byKey.set(r.k, new Map());
    byKey.get(r.k)!.set(groupKey(r.dim, r.grp), r);
  }
  for (const k of [...ALWAYS_PRESENT_KEYS, ...quotaTargets.keys()]) if (!byKey.has(k)) byKey.set(k, new Map());
  const keys = [...byKey.keys()].sort();
  return keys.map((key) => {
    const def = definitionOf(key);
    const cell = (dim: Dimension | null, grp: string | null) => {
      const r = byKey.get(key)!.get(groupKey(dim, grp));
      const num = r ? Number(r.num) : 0;
      let den = r ? Number(r.den) : 0;
      if (def.denominator === 'POPULATION' || (def.denominator === def.family && key === def.family))
        den = population.get(groupKey(dim, grp)) ?? 0;
      else if (def.denominator !== 'ROWS') den = Number(byKey.get(def.denominator)?.get(groupKey(dim, grp))?.num ?? 0);
      return { ...ratio(num, den), median: r?.med ?? null, mean: r?.mean ?? null };
    };
    const breakdown: IndicatorGroup[] = (def.subject === 'GROUPS' ? groups : people)
      .filter((g) => g.dim !== null)
      .map((g) => ({ dimension: g.dim!, group: g.grp!, ...cell(g.dim, g.grp) }))
      .sort((a, b) => a.dimension.localeCompare(b.dimension) || a.group.localeCompare(b.group));
    const row = logframe.rows.find((l) => l.indicatorKey === key);
    const quotaTarget = quotaTargets.get(key) ?? null;
    return {
      key,
      level: row?.level ?? def.level,
      unit: def.unit,
      subject: def.subject,
      description: def.description,
      ...cell(null, null),
      target: row ? row.target : quotaTarget,
      baseline: row?.baseline ?? null,
      realisation: row?.realisation ?? (quotaTarget === null ? null : 'value'),
      logframeId: row?.id ?? null,
      breakdown,
    };
  });
}
