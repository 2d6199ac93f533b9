import { CAPITAL_SOURCES } from '../group/group.rules';
import { MARKET_CHANNELS } from '../journey/journey-codes';
import { above, row, type IndicatorRowFact, type JourneyIndicatorRow, type KeyRow } from './indicator-row.types';
import { outcomeRows } from './outcome-row.rules';

/**
 * The indicator side projection (table journey_indicator_row): the rows the module, outcome and access families
 * give a journey over an open period (no from, no to), derived once from its facts when they are recorded, so an
 * open-period dashboard sums typed rows instead of scanning journey_fact and deriving them again
 * (db/indicators/indicator-side.sql.ts). Rows without an amount are summed per key (the families' sums are the
 * same); rows with an amount stay one per event (medians are over events). A key the facts would leave unnamed
 * (a null template, session or source) has no row. Pure: the recording step, reconciliation, the rebuild and
 * `db:migrate` derive the same rows from the same facts.
 */

/** SQL's `sum`: nulls skipped, null when all are. */
const plus = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** Rows without an amount summed per (family, key, perPerson); rows with one kept in order. */
export function summed(rows: readonly KeyRow[]): KeyRow[] {
  const out: KeyRow[] = [];
  const byKey = new Map<string, KeyRow>();
  for (const r of rows) {
    if (r.val !== null || r.at !== null) {
      out.push(r);
      continue;
    }
    const id = `${r.family}\u0000${r.k}\u0000${r.perPerson}`;
    const seen = byKey.get(id);
    if (seen) {
      seen.num = plus(seen.num, r.num);
      seen.den += r.den;
    } else {
      const copy = { ...r };
      byKey.set(id, copy);
      out.push(copy);
    }
  }
  return out;
}

/** Attendance (rate overall, per template, per session) and module evaluations (score change, improvement). */
function moduleRows(facts: readonly IndicatorRowFact[]): KeyRow[] {
  const out: KeyRow[] = [];
  for (const f of facts) {
    const t = f.moduleTemplate;
    if (f.type === 'ATTENDANCE_RECORDED') {
      out.push(row('MODULE', 'attendance_rate', f.attendancePoints, 1));
      if (t !== null) out.push(row('MODULE', `attendance_rate:module:${t}`, f.attendancePoints, 1));
      if (t !== null && f.sessionId !== null)
        out.push(row('MODULE', `attendance_rate:session:${t}:${f.sessionId}`, f.attendancePoints, 1));
    } else if (f.type === 'MODULE_EVALUATED') {
      const better = above(f.postScore, f.preScore);
      const change = f.postScore !== null && f.preScore !== null ? f.postScore - f.preScore : null;
      out.push(row('MODULE', 'score_change', better, 1, change));
      if (t !== null) out.push(row('MODULE', `score_change:module:${t}`, better, 1, change));
      out.push(row('MODULE', 'improved_understanding_rate', better, 1));
    }
  }
  return out;
}

const STEPS: Record<string, string> = {
  CAPITAL_PROPOSAL_SUBMITTED: 'capital_proposals_submitted',
  CAPITAL_RECEIVED: 'capital_proposals_received',
  CAPITAL_PROPOSAL_DECIDED: 'capital_proposals_approved',
};

/**
 * Proposal steps (counts, overall and per source); per-person keys: capital received (amount overall and per
 * source; receipts without a source add a second overall row, as the grouping of the facts' statement does),
 * own capital (capital_access:PERSON) and market channels opened (any, and per channel).
 */
function accessRows(facts: readonly IndicatorRowFact[]): KeyRow[] {
  const out: KeyRow[] = [];
  for (const f of facts) {
    const k = STEPS[f.type];
    if (!k || (f.type === 'CAPITAL_PROPOSAL_DECIDED' && f.decision !== 'APPROVED')) continue;
    out.push(row('ACCESS', k, 1, 0));
    if (f.source !== null) out.push(row('ACCESS', `${k}:${f.source}`, 1, 0));
  }
  const person = (k: string, num: number, val: number | null = null): KeyRow => ({
    ...row('ACCESS', k, num, 1, val),
    perPerson: true,
  });
  const received = facts.filter((f) => f.type === 'CAPITAL_RECEIVED' && f.hasEvidence);
  const amount = (of: readonly IndicatorRowFact[]) => of.reduce<number | null>((s, f) => plus(s, f.amount), null);
  const receivedRow = (k: string, of: readonly IndicatorRowFact[]) => {
    const sum = amount(of);
    out.push(person(k, above(sum, 0), sum));
  };
  if (received.length > 0) {
    receivedRow('capital_received', received);
    const unsourced = received.filter((f) => f.source === null);
    if (unsourced.length > 0) receivedRow('capital_received', unsourced);
    for (const s of CAPITAL_SOURCES) {
      const of = received.filter((f) => f.source === s);
      if (of.length > 0) receivedRow(`capital_received:${s}`, of);
    }
    out.push(person('capital_access:PERSON', 1));
  }
  const channels = facts.filter((f) => f.type === 'MARKET_CHANNEL_OPENED');
  if (channels.length > 0) out.push(person('market_access', 1));
  for (const c of MARKET_CHANNELS) if (channels.some((f) => f.channel === c)) out.push(person(`market_access:${c}`, 1));
  return out;
}

/** The journey's side rows from its facts (any order), positions 0, 1, ... */
export function journeyIndicatorRows(journeyId: string, facts: readonly IndicatorRowFact[]): JourneyIndicatorRow[] {
  const rows = [...moduleRows(facts), ...outcomeRows(facts), ...accessRows(facts)];
  return summed(rows).map((r, position) => ({ journeyId, position, ...r }));
}

/**
 * Fact types whose rows are each fact's own (the module rows): a journey's rows after more of these facts are its
 * rows with the new facts' rows merged in (mergedIndicatorRows), so a recording step that adds only these reads no
 * other fact of the journey.
 */
export const ADDITIVE_ROW_FACT_TYPES: readonly string[] = ['ATTENDANCE_RECORDED', 'MODULE_EVALUATED'];

/** The rows new facts of ADDITIVE_ROW_FACT_TYPES add to a journey's, summed among themselves. */
export function addedIndicatorRows(facts: readonly IndicatorRowFact[]): KeyRow[] {
  return summed(moduleRows(facts.filter((f) => ADDITIVE_ROW_FACT_TYPES.includes(f.type))));
}

/** A journey's rows with added rows merged: each without an amount summed into its key's row, the others appended. */
export function mergedIndicatorRows(rows: readonly KeyRow[], added: readonly KeyRow[]): KeyRow[] {
  return summed([...rows, ...added]);
}
