/**
 * The shape of monitoring-and-evaluation figures, shared by the indicator computation
 * (api/indicator/*) and the reports (api/report/*, workflows/report/*). Pure types, no I/O.
 */

/** Logframe level of an indicator (domain spec, M&E chapter). */
export const INDICATOR_LEVELS = ['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/**
 * What an indicator may be broken down by (gender- and inclusion-disaggregated data, domain spec 7.5).
 * VULNERABLE_GROUP is the one dimension where a person may count in several groups (each group they were enrolled
 * in, NONE without any), so its groups need not add up to the total; every other dimension partitions the people.
 */
export const DIMENSIONS = [
  'SEX',
  'AGE_BAND',
  'DISABILITY',
  'REGION',
  'COHORT',
  'VULNERABLE_GROUP',
  'DISABILITY_LEVEL',
  'ETHNICITY',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * What a figure's rows are: people (journeys, broken down by every dimension) or groups (learning groups,
 * business groups, cooperatives, alumni groups: broken down by the group's own region and cohort only).
 */
export const INDICATOR_SUBJECTS = ['PEOPLE', 'GROUPS'] as const;
export type IndicatorSubject = (typeof INDICATOR_SUBJECTS)[number];

/** The dimensions a group has (its region code and cohort); sex, age and disability belong to people. */
export const GROUP_DIMENSIONS: readonly Dimension[] = ['REGION', 'COHORT'];

/** What a figure counts or measures (see IndicatorFigure.unit). */
export const INDICATOR_UNITS = ['COUNT', 'RATIO', 'RUPIAH', 'DAYS', 'POINTS'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Which statistic of a figure the logframe compares with its target. */
export const REALISATIONS = ['value', 'median', 'mean', 'numerator'] as const;
export type Realisation = (typeof REALISATIONS)[number];

/** Which beneficiaries and which period a figure covers. Dates are ISO yyyy-mm-dd, inclusive. */
export interface IndicatorFilter {
  programmeId: string;
  cohortId?: string | null;
  /** Region code prefix (e.g. "31" for DKI Jakarta, "3174" for a city). */
  regionPrefix?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only people enrolled in this vulnerable group (e.g. FEMALE_HEAD_OF_HOUSEHOLD); group figures ignore it. */
  vulnerableGroup?: string | null;
  /** Limits set by the caller's scope (regions they may see); applied on top of the filter. */
  scopeRegionPrefixes?: readonly string[] | null;
}

/**
 * A ratio a reader can check: value = numerator / denominator (null when denominator is 0).
 * The numerator may be fractional (attendance: PARTIAL counts 0.5). For a COUNT indicator the
 * count is `numerator` and `denominator` is the people it was counted among (value = their share).
 */
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
  /** For amounts: median and mean of the group's values (as on IndicatorFigure). */
  median?: number | null;
  mean?: number | null;
  /**
   * Small-cell protection for figures-only readers (viewer, government, donor): the group has fewer
   * people than the logframe's smallCellThreshold, so its numerator, denominator and value are withheld (0, 0, null).
   */
  suppressed?: boolean;
}

/** One computed indicator: a count (denominator 1 is not used: count indicators have unit COUNT). */
export interface IndicatorFigure extends Ratio {
  /** Stable key, e.g. "graduation_rate", "attendance_rate:module:KWU-01". */
  key: string;
  level: IndicatorLevel;
  /**
   * COUNT and RATIO: value = numerator / denominator. RUPIAH, DAYS, POINTS: the headline is
   * median/mean of the per-person amounts; numerator/denominator then say how many of the people
   * measured had a positive amount (an income rise, a better score), so value is that share.
   */
  unit: IndicatorUnit;
  /** People or groups (absent: people); a group figure breaks down by REGION and COHORT only. */
  subject?: IndicatorSubject;
  /** Plain-language description of what is counted (English; stable per key family). */
  description?: string;
  /** For medians/means of amounts (income change, days to graduation). */
  median?: number | null;
  mean?: number | null;
  /** Programme configuration (logframe) when the indicator has a target. */
  target?: number | null;
  baseline?: number | null;
  /** Which statistic the logframe compares with its target: value, median or mean. */
  realisation?: Realisation | null;
  /** Logframe row id and APKM dimension when the figure is a logframe indicator. */
  logframeId?: string | null;
  suppressed?: boolean;
  breakdown: IndicatorGroup[];
}

/**
 * A built-in indicator family (the part of a key before the first ':'), as listed in indicator-catalogue.ts and
 * group-indicator-catalogue.ts; computed by db/indicators/*.sql.ts over the read model. `denominator`:
 * - POPULATION: people in the filter enrolled by the end of the period (COUNT indicators);
 * - ROWS: each counted row carries its own denominator (ratios: people decided, sessions held ...);
 * - a family name: the numerator of that family's total (its bare key) in the same group (welfare transitions
 *   are shares of the people measured twice, quotas shares of the people enrolled within the period).
 */
export interface IndicatorDefinition {
  family: string;
  level: IndicatorLevel;
  unit: IndicatorUnit;
  /** 'POPULATION', 'ROWS' or a family name, as listed above. */
  denominator: string;
  /** What its rows are: people (every dimension) or groups (the group's region and cohort). */
  subject: IndicatorSubject;
  description: string;
}
