/**
 * The journey's code lists, each exported once with its type derived from it. The API builds its
 * GraphQL enums from these lists and the label catalogues are typed by them, so a code added here
 * reaches the schema and must be named in both languages.
 */

/** Where the beneficiary is in the programme. */
export const JOURNEY_STAGES = [
  'ENROLLED', // waiting for the needs assessment
  'PLANNING', // assessment in; plan proposed, waiting for a manager's approval
  'IN_INTERVENTION', // modules running
  'RE_EVALUATION', // plan (or intensive cycle) done; waiting for the re-evaluation
  'GRADUATION_REVIEW', // re-evaluation in; criteria proposal made; waiting for the manager's decision
  'NOT_GRADUATED', // evaluation of causes with the beneficiary, then intensive support
  'INTENSIVE_SUPPORT',
  'TERMINATION_REVIEW', // cycles exhausted without significant change: another cycle or termination
  'GRADUATED', // post-graduation follow-ups
  'COMPLETED', // terminal: last follow-up recorded
  'TERMINATED', // terminal: assistance terminated, alternatives offered
  'EXITED', // terminal: exit, death, relocation, sanction
  'WITHDRAWN', // terminal: the beneficiary withdrew
] as const;
export type Stage = (typeof JOURNEY_STAGES)[number];

/** Whether a journey runs, is paused by a manager, or is in a final stage. */
export const JOURNEY_STATUSES = ['ACTIVE', 'PAUSED', 'CLOSED'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

/** Who acts on a journey; 'system' is the workflow's own timers. */
export const ROLES = [
  'facilitator',
  'manager',
  'auditor',
  'viewer',
  'admin',
  'safeguarding',
  'coordinator',
  'partner',
  'mentor',
  'government',
  'donor',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

export const ATTENDANCE_STATUSES = ['PRESENT', 'PARTIAL', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const MODULE_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CLOSED'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

/** Result of a module's assignment (tugas). */
export const ASSIGNMENT_RESULTS = ['PASSED', 'FAILED', 'NOT_SUBMITTED'] as const;
export type AssignmentResult = (typeof ASSIGNMENT_RESULTS)[number];

/** Decisions that change the beneficiary's path (and wait to be communicated). */
export const DECISION_KINDS = [
  'GRADUATE',
  'NOT_YET',
  'INTENSIVE_SUPPORT',
  'TERMINATE',
  'REFER',
  'ANOTHER_CYCLE',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The manager's graduation decision, and the server's proposal for it. */
export const GRADUATION_DECISIONS = ['GRADUATE', 'NOT_YET'] as const satisfies readonly DecisionKind[];
export type GraduationDecision = (typeof GRADUATION_DECISIONS)[number];

/** The manager's decision after intensive support without significant change. */
export const TERMINATION_DECISIONS = ['ANOTHER_CYCLE', 'TERMINATE'] as const satisfies readonly DecisionKind[];
export type TerminationDecision = (typeof TERMINATION_DECISIONS)[number];

/** The criteria of the graduation-indicator matrix (the last two when the programme rules require them). */
export const GRADUATION_CRITERIA = [
  'INCOME_TO_MINIMUM_WAGE',
  'WELFARE_LEVEL',
  'BUSINESS_RUNNING',
  'MONTHS_IN_WORK',
  'MINDSET_CHANGED',
] as const;
export type GraduationCriterion = (typeof GRADUATION_CRITERIA)[number];

/**
 * Why a manager ends a journey early. SAFEGUARDING_SANCTION: expelled after a proven safeguarding
 * report (rules README, Sources of the process: safeguarding); the command names the report.
 */
export const EXIT_KINDS = ['EXIT', 'DEATH', 'RELOCATION', 'SANCTION', 'SAFEGUARDING_SANCTION'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

/** The exit kinds a manager chooses directly (a safeguarding sanction names its report instead). */
export const MANAGER_EXIT_KINDS = ['EXIT', 'DEATH', 'RELOCATION', 'SANCTION'] as const satisfies readonly ExitKind[];
export type ManagerExitKind = (typeof MANAGER_EXIT_KINDS)[number];

/** The receiving programme's answer to a referral. */
export const REFERRAL_ANSWERS = ['ACCEPTED', 'DECLINED'] as const;
export type ReferralAnswer = (typeof REFERRAL_ANSWERS)[number];

/**
 * A person's capital proposal (domain spec 4, CAPITAL_ACCESS; 6.2 APKM access): submitted to a source, then
 * approved or rejected by it, and an approved one received. Sources are the groups' (domain/group CAPITAL_SOURCES).
 */
export const CAPITAL_PROPOSAL_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'RECEIVED'] as const;
export type CapitalProposalStatus = (typeof CAPITAL_PROPOSAL_STATUSES)[number];

/** The source's answer to a capital proposal. */
export const CAPITAL_DECISIONS = ['APPROVED', 'REJECTED'] as const satisfies readonly CapitalProposalStatus[];
export type CapitalDecision = (typeof CAPITAL_DECISIONS)[number];

/** Market channels a person opens (domain spec 4, MARKET_ACCESS: local, regional and online markets). */
export const MARKET_CHANNELS = ['LOCAL', 'REGIONAL', 'ONLINE'] as const;
export type MarketChannel = (typeof MARKET_CHANNELS)[number];

/**
 * How an intensive-support visit or a post-graduation mentoring visit took place: at the person's home, by phone,
 * or in a group meeting (rules README, Sources of the process: not-graduated path; "more frequent visits and
 * mentoring" [001:3899-3902]).
 */
export const SUPPORT_VISIT_KINDS = ['HOME_VISIT', 'PHONE', 'GROUP'] as const;
export type SupportVisitKind = (typeof SUPPORT_VISIT_KINDS)[number];

/**
 * The alternatives offered with a termination (domain spec 3.6 step 5: inform about and help access alternative
 * assistance or programmes [001:3909-3913]; 3.5: referral to another programme [001:3857]): a referral to a
 * service or organisation, another empowerment programme, social assistance (bansos) for those who still need it
 * [001:1085], or re-entry into this programme later.
 */
export const TERMINATION_ALTERNATIVES = ['REFERRAL', 'OTHER_PROGRAMME', 'SOCIAL_ASSISTANCE', 'RE_ENTRY_LATER'] as const;
export type TerminationAlternative = (typeof TERMINATION_ALTERNATIVES)[number];

/** The beneficiary's answer to an alternative offered at termination. */
export const ALTERNATIVE_ANSWERS = ['ACCEPTED', 'DECLINED'] as const;
export type AlternativeAnswer = (typeof ALTERNATIVE_ANSWERS)[number];

/**
 * The dimensions of "significant change" between an intensive cycle's start and its review
 * (domain/journey/intensive-change.rules.ts), each with its own threshold in the rules.
 */
export const CHANGE_DIMENSIONS = ['INCOME', 'WELFARE_LEVEL', 'BUSINESS_RUNNING', 'IN_WORK'] as const;
export type ChangeDimension = (typeof CHANGE_DIMENSIONS)[number];

/** What produced a welfare level. */
export const WELFARE_SOURCES = ['ASSESSMENT', 'RE_EVALUATION', 'FOLLOW_UP'] as const;
export type WelfareSource = (typeof WELFARE_SOURCES)[number];

/** How a decision was communicated to the beneficiary (rules README, Sources of the process: communication). */
export const COMMUNICATION_CHANNELS = ['FACE_TO_FACE', 'HOME_VISIT', 'PHONE', 'MESSAGE', 'GROUP_MEETING'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

/**
 * Who an overdue step has reached on the escalation ladder, lowest first: the facilitator when the deadline is
 * missed, then the field coordinator, then the programme manager (rules README, default v3: `escalation`).
 */
export const ESCALATION_LEVELS = ['FACILITATOR', 'COORDINATOR', 'MANAGER'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/**
 * What a journey tells the people working on it: an alert to its facilitator (low attendance), or an overdue
 * step's rung of the escalation ladder (facilitator, coordinator, manager).
 */
export const JOURNEY_NOTIFICATION_KINDS = [
  'ALERT_FACILITATOR',
  'ESCALATE_TO_FACILITATOR',
  'ESCALATE_TO_COORDINATOR',
  'ESCALATE_TO_MANAGER',
] as const;
export type JourneyNotificationKind = (typeof JOURNEY_NOTIFICATION_KINDS)[number];

export const DEADLINE_KINDS = [
  'ASSESSMENT',
  'PLAN_APPROVAL',
  'MODULE_START',
  'MODULE_END',
  'RE_EVALUATION',
  'INTENSIVE_CYCLE_END',
  'COMMUNICATION',
  'FOLLOW_UP',
  'INTENSIVE_VISIT',
  'ALTERNATIVE_ANSWER',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Event types the journey machine emits (domain/journey/*.machine.ts; a unit test keeps this list complete). */
export const JOURNEY_EVENT_TYPES = [
  'ENROLLED',
  'ASSESSMENT_SUBMITTED',
  'PLAN_APPROVED',
  'SESSION_SCHEDULED',
  'ATTENDANCE_RECORDED',
  'LOW_ATTENDANCE',
  'MODULE_STARTED',
  'MODULE_EVALUATED',
  'MODULE_COMPLETED',
  'MODULE_CLOSED',
  'MODULE_EXTENDED',
  'RE_EVALUATION_SUBMITTED',
  'GRADUATION_DECIDED',
  'COMMUNICATION_RECORDED',
  'NOT_GRADUATED_EVALUATION_RECORDED',
  'INTENSIVE_SUPPORT_STARTED',
  'INTENSIVE_CYCLE_ENDED',
  'TERMINATION_DECIDED',
  'INTENSIVE_VISIT_RECORDED',
  'TERMINATION_ALTERNATIVE_ANSWERED',
  'FOLLOW_UP_PLAN_RECORDED',
  'MENTORING_VISIT_RECORDED',
  'FOLLOW_UPS_SCHEDULED',
  'FOLLOW_UP_RECORDED',
  'REFERRED',
  'REFERRAL_ANSWERED',
  'EXITED',
  'WITHDRAWN',
  'PAUSED',
  'RESUMED',
  'FACILITATOR_REASSIGNED',
  'PARTNER_ASSIGNED',
  'DATA_CORRECTED',
  'RULES_MIGRATED',
  'MODULE_MENTOR_ASSIGNED',
  'CAPITAL_PROPOSAL_SUBMITTED',
  'CAPITAL_PROPOSAL_DECIDED',
  'CAPITAL_RECEIVED',
  'MARKET_CHANNEL_OPENED',
  'SATISFACTION_RECORDED',
  'OVERDUE',
  'ESCALATED',
  'STAGE_CHANGED',
  'JOURNEY_CLOSED',
] as const;
export type JourneyEventType = (typeof JOURNEY_EVENT_TYPES)[number];
