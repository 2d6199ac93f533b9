import type { JourneyFactRow } from './journey-fact.rules';

/**
 * The rows of the indicator side projection (table journey_indicator_row, derived by indicator-row.rules.ts) and the
 * helpers their derivation shares.
 */

/** The families a row belongs to (the statement that reads it). */
export const INDICATOR_ROW_FAMILIES = ['MODULE', 'OUTCOME', 'ACCESS'] as const;
export type IndicatorRowFamily = (typeof INDICATOR_ROW_FAMILIES)[number];

/** The fact columns the derivation reads. */
export type IndicatorRowFact = Pick<
  JourneyFactRow,
  | 'seq'
  | 'ordinal'
  | 'type'
  | 'at'
  | 'decision'
  | 'followUpMonth'
  | 'welfareLevel'
  | 'moduleTemplate'
  | 'sessionId'
  | 'attendancePoints'
  | 'preScore'
  | 'postScore'
  | 'source'
  | 'channel'
  | 'hasEvidence'
  | 'income'
  | 'minimumWage'
  | 'businessRunning'
  | 'inWork'
  | 'amount'
>;

/** The fact types whose rows the derivation reads (the others give none). */
export const INDICATOR_ROW_FACT_TYPES: readonly string[] = [
  'ATTENDANCE_RECORDED',
  'MODULE_EVALUATED',
  'ASSESSMENT_SUBMITTED',
  'RE_EVALUATION_SUBMITTED',
  'FOLLOW_UP_RECORDED',
  'CAPITAL_PROPOSAL_SUBMITTED',
  'CAPITAL_PROPOSAL_DECIDED',
  'CAPITAL_RECEIVED',
  'MARKET_CHANNEL_OPENED',
];

/** A row before its journey and position are attached. */
export interface KeyRow {
  family: IndicatorRowFamily;
  k: string;
  num: number | null;
  den: number;
  val: number | null;
  /** A key every person of the population has (0 when the journey has no row); the statement fills the others. */
  perPerson: boolean;
  /** business_started_within_months: the first measurement after assessment with a running business. */
  at: string | null;
}

/** One row of journey_indicator_row. */
export interface JourneyIndicatorRow extends KeyRow {
  journeyId: string;
  position: number;
}

/** A row with nothing but a key and its sums. */
export const row = (
  family: IndicatorRowFamily,
  k: string,
  num: number | null,
  den: number,
  val: number | null = null,
) => ({ family, k, num, den, val, perPerson: false, at: null }) satisfies KeyRow;

/** SQL's `a > b` in a `case when`: false when either is null. */
export const above = (a: number | null, b: number | null): number => (a !== null && b !== null && a > b ? 1 : 0);
