import {
  addedIndicatorRows,
  ADDITIVE_ROW_FACT_TYPES,
  journeyIndicatorRows,
  mergedIndicatorRows,
} from '../../../domain/indicator/indicator-row.rules';
import type { IndicatorRowFact, KeyRow } from '../../../domain/indicator/indicator-row.types';

/**
 * A recording step that adds only attendance and module evaluations merges the new facts' side rows into the
 * journey's (db/facts/journey-indicator-row-merge.sql.ts) instead of deriving them from every fact again: the dashboard
 * must read the same rows either way.
 */
const J = '00000000-0000-4000-8000-000000000002';

/** A small deterministic generator, so a failure names the case that gave it. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function factsOf(next: () => number, count: number, types: readonly string[], from: number): IndicatorRowFact[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, (_, i) => ({
    seq: from + i,
    ordinal: 0,
    type: pick(types),
    at: new Date(Date.UTC(2026, 0, 1 + from + i)).toISOString(),
    decision: pick(['APPROVED', 'REJECTED', null]),
    followUpMonth: pick([3, 6, null]),
    welfareLevel: pick(['POOR', 'MIDDLE', null]),
    moduleTemplate: pick(['BIZ', 'FIN', null]),
    sessionId: pick(['s1', 's2', null]),
    attendancePoints: pick([1, 0.5, 0, null]),
    preScore: pick([40, 55, null]),
    postScore: pick([50, 70, null]),
    source: pick(['KUR', 'GRANT', null]),
    channel: pick(['ONLINE', null]),
    hasEvidence: next() < 0.7,
    income: pick([1_000_000, 2_500_000, null]),
    minimumWage: pick([2_000_000, null]),
    businessRunning: pick([true, false, null]),
    inWork: pick([true, false, null]),
    amount: pick([1_000_000, null]),
  }));
}

/** The rows as sorted text, without positions (a storage key only). */
const asText = (rows: readonly KeyRow[]) =>
  rows.map((r) => `${r.family} ${r.k} ${r.perPerson} ${r.num}/${r.den} ${r.val} ${r.at}`).sort();

const ALL_TYPES = [
  ...ADDITIVE_ROW_FACT_TYPES,
  'ASSESSMENT_SUBMITTED',
  'RE_EVALUATION_SUBMITTED',
  'FOLLOW_UP_RECORDED',
  'CAPITAL_PROPOSAL_DECIDED',
  'CAPITAL_RECEIVED',
  'MARKET_CHANNEL_OPENED',
];

describe("merging a step's attendance and evaluations into a journey's side rows", () => {
  it('gives the rows derived from all the facts, over 200 generated journeys', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const before = factsOf(next, Math.floor(next() * 30), ALL_TYPES, 0);
      const step = factsOf(next, 1 + Math.floor(next() * 3), ADDITIVE_ROW_FACT_TYPES, 100);
      const merged = mergedIndicatorRows(journeyIndicatorRows(J, before), addedIndicatorRows(step));
      expect({ seed, rows: asText(merged) }).toEqual({
        seed,
        rows: asText(journeyIndicatorRows(J, [...before, ...step])),
      });
    }
  });

  it('adds a new session as a new row and sums a known one into its row', () => {
    const next = random(7);
    const [known, fresh] = factsOf(next, 2, ['ATTENDANCE_RECORDED'], 0).map((f, i) => ({
      ...f,
      moduleTemplate: 'BIZ',
      sessionId: i === 0 ? 's1' : 's2',
      attendancePoints: 1,
    }));
    const merged = asText(mergedIndicatorRows(journeyIndicatorRows(J, [known]), addedIndicatorRows([known, fresh])));
    expect(merged.filter((r) => r.includes('attendance_rate '))).toEqual([
      'MODULE attendance_rate false 3/3 null null',
    ]);
    expect(merged.filter((r) => r.includes(':session:'))).toEqual([
      'MODULE attendance_rate:session:BIZ:s1 false 2/2 null null',
      'MODULE attendance_rate:session:BIZ:s2 false 1/1 null null',
    ]);
  });
});
