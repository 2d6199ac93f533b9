import { journeySummaryUpsert, SUMMARY_FACT_TYPES } from '../../../db/facts/journey-summary.sql';
import { FACT_EVENT_TYPES } from '../../../domain/indicator/journey-fact.rules';

/**
 * A recording step derives a journey's summary row again only when it adds a fact of SUMMARY_FACT_TYPES, so the
 * list must name every fact type the summary's SQL reads, or a step would leave a stale row on the dashboard.
 */
describe('the fact types the journey summary reads', () => {
  const sql = journeySummaryUpsert('select 1 as id');
  const quoted = (text: string) => [...text.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
  const typesRead = new Set(
    [...sql.matchAll(/f\.type (?:= ('[A-Z_]+')|in \(([^)]*)\))/g)].flatMap((m) => quoted(m[1] ?? m[2])),
  );

  it('lists exactly the fact types its SQL compares f.type with', () => {
    expect(typesRead.size).toBeGreaterThan(5);
    expect([...typesRead].sort()).toEqual([...SUMMARY_FACT_TYPES].sort());
  });

  it('names only types the fact projection records', () => {
    expect(SUMMARY_FACT_TYPES.filter((t) => !FACT_EVENT_TYPES.includes(t))).toEqual([]);
  });
});
