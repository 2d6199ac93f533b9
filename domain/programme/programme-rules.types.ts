/**
 * Versioned programme configuration. Everything the source documents leave open (domain spec
 * section 10.7) lives here as data with a documented default, never as a constant in code.
 * A journey keeps the rules version it started with unless a manager migrates it explicitly.
 */
import type { InclusionRules } from '../inclusion/inclusion-rules.types';

/** The welfare ladder, lowest first (rules README, Sources of the process: welfare ladder). */
export const WELFARE_LEVELS = ['POOR', 'VULNERABLE', 'MIDDLE', 'STABLE'] as const;
export type WelfareLevel = (typeof WELFARE_LEVELS)[number];
export const INTERVENTION_MODELS = ['SKILLS_DEVELOPMENT', 'MENTORING', 'ACCESS_IMPROVEMENT'] as const;
export type InterventionModel = (typeof INTERVENTION_MODELS)[number];
/** Needs an assessment finds; they select modules through the rules' `needsMapping`. */
export const NEED_CODES = [
  'JOB_SKILLS',
  'ENTREPRENEURSHIP_SKILLS',
  'FINANCIAL_MANAGEMENT',
  'CAPITAL',
  'MARKET',
  'EDUCATION',
  'TECHNICAL_MENTORING',
  'SOCIAL_MENTORING',
  'MANAGERIAL_MENTORING',
] as const;
export type NeedCode = (typeof NEED_CODES)[number];
/** What enrolment does when a cohort's planned size or a quota is at stake: warn and enrol, or refuse. */
export const CAPACITY_ACTIONS = ['WARN', 'REFUSE'] as const;
export type CapacityAction = (typeof CAPACITY_ACTIONS)[number];

/** What a delivery check does when a module breaks its template: refuse the step, or accept and flag it. */
export const DELIVERY_CHECK_ACTIONS = ['REFUSE', 'FLAG'] as const;
export type DeliveryCheckAction = (typeof DELIVERY_CHECK_ACTIONS)[number];

/** Whose income is set against the minimum wage: the household's, or per household member. */
export const INCOME_BASES = ['FAMILY', 'PER_CAPITA'] as const;
export type IncomeBasis = (typeof INCOME_BASES)[number];
/** Whether the graduation income criterion needs income strictly above the threshold, or at least at it. */
export const INCOME_COMPARISONS = ['ABOVE', 'AT_LEAST'] as const;
export type IncomeComparison = (typeof INCOME_COMPARISONS)[number];

export interface Range {
  min: number;
  max: number;
}

/**
 * A fact of the journey a module needs, beyond its sessions and evaluation, before it completes: a capital
 * proposal submitted (CAPITAL_ACCESS) or a market channel opened (MARKET_ACCESS).
 */
export const MODULE_COMPLETION_REQUIREMENTS = ['CAPITAL_PROPOSAL_SUBMITTED', 'MARKET_CHANNEL_OPENED'] as const;
export type ModuleCompletionRequirement = (typeof MODULE_COMPLETION_REQUIREMENTS)[number];

export interface ModuleTemplate {
  id: string;
  nameId: string;
  nameEn: string;
  model: InterventionModel;
  goals: string[];
  durationMonths: Range;
  sessions: Range;
  hoursPerSession: Range;
  totalHoursStated: Range | null;
  totalHoursComputed: Range;
  sessionMix: { type: string; nameId: string; percent: number }[];
  assignments: string[];
  evaluation: string[];
  methods: string[];
  sourceLines: string;
  /**
   * What the module needs besides its held sessions and evaluation to complete (rules README, Outcomes). Absent
   * (every template of v1-v4): sessions and the evaluation alone complete it.
   */
  completionRequires?: ModuleCompletionRequirement;
}

export interface NeedMapping {
  need: NeedCode;
  model: InterventionModel;
  modules: string[];
  source: string;
}

export interface ProgrammeRules {
  programmeRulesId: string;
  version: number;
  description: string;
  selection: {
    /** Maximum welfare level that may enrol (prioritise the poorest). */
    maxWelfareLevelAtSelection: WelfareLevel;
    requireCommitment: boolean;
    minPotentialScore: number; // 0..5, motivation/skills/resources
    vulnerableGroupQuotas: { group: string; minPercent: number }[];
    /**
     * Enrolling past a cohort's planned size, or a person outside a quota's group when the seats left can no
     * longer meet it (domain/cohort/cohort-quota.rules.ts). Absent: both WARN.
     */
    capacity?: { overPlannedSize: CapacityAction; quotaAtRisk: CapacityAction };
  };
  /** Monthly income / regional minimum wage (as `incomeMeasure` measures it), lower bounds of each level. */
  welfareThresholds: { VULNERABLE: number; MIDDLE: number; STABLE: number };
  graduation: {
    minIncomeToMinimumWageRatio: number;
    requireBusinessRunning: boolean;
    requireMindsetChange: boolean;
    minWelfareLevel: WelfareLevel;
    /**
     * Criteria per livelihood track (domain/graduation/livelihood-track.rules.ts): JOB needs the person in work
     * for at least `minMonthsInWork` months; BUSINESS a running business when `requireBusinessRunning`. When
     * present, `requireBusinessRunning` above is not read. Absent (v1-v4): one criterion set for everyone, as
     * before tracks.
     */
    byTrack?: { JOB: { minMonthsInWork: number }; BUSINESS: { requireBusinessRunning: boolean } };
  };
  /**
   * How income is set against the minimum wage (domain/graduation/income-measure.rules.ts). Absent (v1-v4):
   * the household's income, inclusive (FAMILY, AT_LEAST), as before.
   */
  incomeMeasure?: {
    basis: IncomeBasis;
    comparison: IncomeComparison;
    perCapitaReferenceHouseholdSize: number;
    /**
     * The poverty line (garis kemiskinan), rupiah per capita per month, read by the poverty_line_share figure only.
     * Absent: that figure has no rows (nothing is guessed).
     */
    povertyLinePerCapitaMonthly?: number;
  };
  deadlines: {
    assessmentDays: number;
    planApprovalDays: number;
    reEvaluationDays: number;
    moduleGraceDays: number;
    communicationDays: number;
    followUpGraceDays: number;
  };
  /**
   * The escalation ladder of an overdue step: the facilitator is told when the deadline is missed, the field
   * coordinator `coordinatorAfterDays` after the due date and the programme manager `managerAfterDays` after it,
   * while the step is still not done. Absent (v1, v2): the manager is told at once, as before the ladder.
   */
  escalation?: { coordinatorAfterDays: number; managerAfterDays: number };
  attendance: { lowAttendancePercent: number; minSessionsBeforeAlert: number };
  intensiveSupport: IntensiveSupportRules;
  followUpScheduleMonths: number[];
  /**
   * When a follow-up may be recorded: from `opensDaysBeforeDue` days before its due date (earlier is refused
   * with FOLLOW_UP_NOT_DUE); after the due date `deadlines.followUpGraceDays` runs until it is overdue.
   * Absent (v1 versions): a follow-up may be recorded any time after graduation, in schedule order.
   */
  followUpWindow?: { opensDaysBeforeDue: number };
  /** Days in a month when a template gives a duration in months. */
  daysPerMonth: number;
  /**
   * Template ids grouped into plan phases, in order, for the proposed plan (module sequencing is seed
   * silent, spec 10.7). Absent: every module in phase 1.
   */
  proposalPhases?: string[][];
  /**
   * How long staff have to answer a complaint before it escalates to the manager. Concerns complaints
   * only, never a journey's path.
   */
  grievance?: { complaintResponseDays: number };
  /**
   * How a module's delivery is checked against its template (hours per session, the session-type mix, the
   * minimum duration): REFUSE refuses the step that breaks it, FLAG accepts it and shows the deviation on the
   * module and in reports. `mixTolerancePoints`: how many percentage points a session type's share may differ
   * from the template's before it is flagged. Absent (v1-v3): nothing is checked (every deviation only shown).
   */
  moduleDelivery?: {
    minimumDuration: DeliveryCheckAction;
    hoursPerSession: DeliveryCheckAction;
    mixTolerancePoints: number;
  };
  /**
   * Groups (domain/group): a group that has held no session or meeting for `meetingOverdueDays` is overdue and
   * escalated to its facilitator's coordinator. Absent (v1-v3): groups are never overdue.
   */
  groups?: { meetingOverdueDays: number };
  /**
   * Records captured offline and sent later (domain/journey/field-time.rules.ts): how many days after it happened
   * a record may still arrive without a manager's approval, and how far ahead of the server's clock a device's
   * clock may run. Absent (v1-v4): records carry no field time limits beyond the defaults of `fieldSyncRules`.
   */
  fieldSync?: { maxLateDays: number; clockSkewMinutes: number };
  /**
   * Inclusion (domain/inclusion): the WG-SS disability cut-off and whether ethnicity is collected. Absent (v1-v4):
   * the defaults of `inclusionRules` (the WG's standard cut-off, no ethnicity).
   */
  inclusion?: InclusionRules;
  /**
   * How graduation ends gradually (rules README, default v5): post-graduation mentoring visits at tapering
   * intervals, each counted in days from the previous visit (the first from the GRADUATE decision). Absent
   * (v1-v4): no mentoring visits are scheduled.
   */
  graduationMentoring?: { visitIntervalsDays: number[] };
  /** Free-text pointer to where the defaults of this version are documented. */
  defaultsNote?: string;
  needsMapping: NeedMapping[];
  moduleTemplates: ModuleTemplate[];
}

/**
 * Intensive support (rules README: not-graduated path; default v5 for the optional settings). Each optional
 * setting is absent in v1-v4, which keeps their behaviour: visits are not watched, change is not measured and a
 * termination closes once communicated.
 */
export interface IntensiveSupportRules {
  durationDays: number;
  visitEveryDays: number;
  cyclesBeforeTerminationReview: number;
  /** A visit is overdue `visitEveryDays + visitGraceDays` after the cycle's start or its last visit. */
  visitGraceDays?: number;
  /**
   * What counts as a significant change between a cycle's start and its review: any one dimension at or past its
   * threshold (domain/journey/intensive-change.rules.ts).
   */
  significantChange?: {
    /** Rise in income against the minimum wage, in ratio points (0.2 = a fifth of the minimum wage). */
    minIncomeRatioRise: number;
    /** Steps up the welfare ladder. */
    minWelfareLevelsUp: number;
    /** Whether a business running at the review that was not at the start counts. */
    businessStartedCounts: boolean;
    /** Whether being in work at the review, not before the cycle, counts (job track). Absent: not counted. */
    workStartedCounts?: boolean;
  };
  /** Days after the termination is communicated within which each alternative offered should be answered. */
  alternativeAnswerDays?: number;
}
