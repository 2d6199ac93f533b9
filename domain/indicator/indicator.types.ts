/**
 * The shape of monitoring-and-evaluation figures (issue 7), shared by the indicator computation
 * (api/indicator/*) and the reports (api/report/*, workflows/report/*). Pure types, no I/O.
 */

/** Logframe level of an indicator (domain spec, M&E chapter). */
export type IndicatorLevel = 'IMPACT' | 'OUTCOME' | 'OUTPUT' | 'ACTIVITY';

/** What an indicator may be broken down by (gender- and inclusion-disaggregated data). */
export type Dimension = 'SEX' | 'AGE_BAND' | 'DISABILITY' | 'REGION' | 'COHORT';

/** Which beneficiaries and which period a figure covers. Dates are ISO yyyy-mm-dd, inclusive. */
export interface IndicatorFilter {
  programmeId: string;
  cohortId?: string | null;
  /** Region code prefix (e.g. "31" for DKI Jakarta, "3174" for a city). */
  regionPrefix?: string | null;
  from?: string | null;
  to?: string | null;
  /** Limits set by the caller's scope (regions they may see); applied on top of the filter. */
  scopeRegionPrefixes?: readonly string[] | null;
}

/** A ratio a reader can check: value = numerator / denominator (null when denominator is 0). */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
}

/** One group of a breakdown, e.g. dimension SEX, group FEMALE. */
export interface IndicatorGroup extends Ratio {
  dimension: Dimension;
  group: string;
}

/** One computed indicator: a count (denominator 1 is not used: count indicators have unit COUNT). */
export interface IndicatorFigure extends Ratio {
  /** Stable key, e.g. "graduation_rate", "attendance_rate:module:KWU-01". */
  key: string;
  level: IndicatorLevel;
  unit: 'COUNT' | 'RATIO' | 'RUPIAH' | 'DAYS';
  /** For medians/means of amounts (income change, days to graduation). */
  median?: number | null;
  mean?: number | null;
  /** Programme configuration (logframe) when the indicator has a target. */
  target?: number | null;
  baseline?: number | null;
  breakdown: IndicatorGroup[];
}
