import { GROUP_INDICATORS } from '../indicator/group-indicator-catalogue';
import type { Dimension } from '../indicator/indicator.types';
import type { ReportType } from './report.types';

/**
 * What each report type contains (domain spec, M&E chapter, reports): its sections in order, its
 * charts, and which indicators (by key base, the part before the first ':') each part uses.
 * Product configuration, versioned with the code; the figures themselves come from the
 * indicator computation, the words from the catalogues.
 */
export type SectionKind =
  | 'SUMMARY'
  | 'PROGRAMME'
  | 'ACTIVITIES'
  | 'GROUPS'
  | 'MODULE_DELIVERY'
  | 'FACILITATORS'
  | 'ACHIEVEMENT'
  | 'CHARTS'
  | 'BEFORE_AFTER'
  | 'DISAGGREGATION'
  | 'FOLLOW_UP'
  | 'LIMITATIONS';
export type ChartKind = 'TARGET_BARS' | 'FUNNEL' | 'INCOME_CHANGE' | 'BEFORE_AFTER';

export interface ReportDefinition {
  sections: SectionKind[];
  charts: ChartKind[];
  /** Add the previous period of equal length as a column of the target vs realisation table. */
  comparePreviousPeriod: boolean;
  /** Breakdowns the indicator computation is asked for. */
  dimensions: Dimension[];
}

const PROGRESS: ReportDefinition = {
  sections: [
    'SUMMARY',
    'ACTIVITIES',
    'GROUPS',
    'MODULE_DELIVERY',
    'ACHIEVEMENT',
    'CHARTS',
    'DISAGGREGATION',
    'FOLLOW_UP',
  ],
  charts: ['TARGET_BARS', 'FUNNEL', 'INCOME_CHANGE'],
  comparePreviousPeriod: true,
  dimensions: ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION'],
};

export const REPORT_DEFINITIONS: Record<ReportType, ReportDefinition> = {
  WEEKLY_FACILITATOR: {
    sections: ['SUMMARY', 'ACTIVITIES', 'FACILITATORS', 'CHARTS', 'FOLLOW_UP'],
    charts: ['FUNNEL'],
    comparePreviousPeriod: false,
    dimensions: [],
  },
  MONTHLY_PROGRESS: PROGRESS,
  QUARTERLY_PROGRESS: PROGRESS,
  FINAL: {
    sections: [
      'SUMMARY',
      'PROGRAMME',
      'ACTIVITIES',
      'GROUPS',
      'MODULE_DELIVERY',
      'ACHIEVEMENT',
      'CHARTS',
      'BEFORE_AFTER',
      'DISAGGREGATION',
      'LIMITATIONS',
    ],
    charts: ['TARGET_BARS', 'FUNNEL', 'INCOME_CHANGE'],
    comparePreviousPeriod: false,
    dimensions: ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION', 'COHORT'],
  },
  IMPACT: {
    sections: ['SUMMARY', 'BEFORE_AFTER', 'CHARTS', 'DISAGGREGATION', 'LIMITATIONS'],
    charts: ['INCOME_CHANGE'],
    comparePreviousPeriod: false,
    dimensions: ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION'],
  },
};

/**
 * Headline figures of the executive summary, in order: a key, else the first key of that base (absent ones
 * skipped).
 */
export const SUMMARY_KEYS = [
  'enrolled',
  'graduation_rate',
  'attendance_rate',
  'income_change:ASSESSMENT->LAST',
  'min_wage_share:LAST',
  'business_running',
  'overdue_steps',
];
/** Key bases shown under "activities held". */
export const ACTIVITY_KEYS = [
  'trained',
  'attendance_rate',
  'module_completion_rate',
  'score_change',
  'improved_understanding_rate',
];
/**
 * Key bases of the group participation section (group-indicator-catalogue.ts); their bare keys are also broken
 * down in the section's own disaggregated table.
 */
export const GROUP_KEYS = GROUP_INDICATORS.map((d) => d.family);
/**
 * Key bases broken down in the disaggregated table (only keys without qualifiers, or the headline points
 * ASSESSMENT->LAST / LAST).
 */
export const DISAGGREGATED_KEYS = [
  'enrolled',
  'graduation_rate',
  'attendance_rate',
  'income_change',
  'min_wage_share',
  'welfare_improved_rate',
  'business_running',
];
/** Indicators where less is better: at or under target counts as met. */
export const LOWER_IS_BETTER = ['overdue_steps', 'time_to_graduation', 'exits'];

/**
 * Stage order along a journey for the funnel "reached at least": a journey now in a stage has
 * passed every stage of a lower rank. Exits and withdrawals can happen anywhere, so they count
 * as enrolled only.
 */
export const FUNNEL_STEPS: { stage: string; rank: number }[] = [
  { stage: 'ENROLLED', rank: 0 },
  { stage: 'PLANNING', rank: 1 },
  { stage: 'IN_INTERVENTION', rank: 2 },
  { stage: 'RE_EVALUATION', rank: 3 },
  { stage: 'GRADUATION_REVIEW', rank: 4 },
  { stage: 'GRADUATED', rank: 6 },
];
export const STAGE_RANK: Record<string, number> = {
  ENROLLED: 0,
  PLANNING: 1,
  IN_INTERVENTION: 2,
  RE_EVALUATION: 3,
  GRADUATION_REVIEW: 4,
  NOT_GRADUATED: 5,
  INTENSIVE_SUPPORT: 5,
  TERMINATION_REVIEW: 5,
  TERMINATED: 5,
  GRADUATED: 6,
  COMPLETED: 6,
  EXITED: 0,
  WITHDRAWN: 0,
};

export const keyBase = (key: string): string => key.split(':')[0];

/** Before/after pairs read from one family: "<base>:ASSESSMENT" (before) and "<base>:LAST" (after). */
export const BEFORE_AFTER_POINTS = { before: 'ASSESSMENT', after: 'LAST' };
