import type { NeedCode, ProgrammeRules, WelfareLevel } from '../programme/programme-rules.types';
import type { CapitalSource } from '../group/group.rules';
import type { SatisfactionAnswer, SatisfactionOccasion } from './satisfaction.rules';
import type { LivelihoodTrack } from '../graduation/livelihood-track.rules';
import type {
  AlternativeAnswer,
  AssignmentResult,
  CapitalDecision,
  CapitalProposalStatus,
  MarketChannel,
  AttendanceStatus,
  DeadlineKind,
  DecisionKind,
  EscalationLevel,
  ExitKind,
  GraduationCriterion,
  GraduationDecision,
  JourneyEventType,
  JourneyNotificationKind,
  ModuleStatus,
  ReferralAnswer,
  Role,
  Stage,
  SupportVisitKind,
  TerminationAlternative,
  TerminationDecision,
  WelfareSource,
} from './journey-codes';
import type { MeasuredChange } from './intensive-change.rules';

/**
 * Journey state and commands. Everything here travels through Temporal, so it carries ids, codes,
 * dates and ratios only: no names, NIK, free-text health data. Raw forms (assessment answers,
 * incomes in rupiah, notes) stay in PostgreSQL and are referenced by `evidenceId`. The code lists
 * these types use are in journey-codes.ts.
 */
export type {
  AssignmentResult,
  AttendanceStatus,
  DeadlineKind,
  DecisionKind,
  EscalationLevel,
  ExitKind,
  JourneyEventType,
  ModuleStatus,
  Role,
  Stage,
} from './journey-codes';
export { EXIT_KINDS } from './journey-codes';

export const TERMINAL_STAGES: readonly Stage[] = ['COMPLETED', 'TERMINATED', 'EXITED', 'WITHDRAWN'];

export interface Actor {
  userId: string;
  role: Role;
}

export interface PlannedModuleInput {
  templateId: string;
  /** Modules in the same phase run in parallel; phases run in order. */
  phase: number;
  plannedStart: string; // ISO date-time
  plannedSessions: number;
}

export interface SessionRun {
  sessionId: string;
  sessionType: string;
  scheduledAt: string;
  /** Planned length in hours, checked against the template's hours per session; absent on older sessions. */
  durationHours?: number;
  /** The group session this is the member's copy of (scheduleGroupSession); absent: an individual session. */
  groupId?: string;
  attendance?: AttendanceStatus;
  heldAt?: string;
}

export interface ModuleRun extends PlannedModuleInput {
  moduleId: string; // `${templateId}-${n}` unique in the journey
  status: ModuleStatus;
  plannedEnd: string; // moved by pauses and extensions
  actualStart?: string;
  actualEnd?: string;
  sessions: SessionRun[];
  preScore?: number;
  postScore?: number;
  assignmentResult?: AssignmentResult;
  evaluatedAt?: string;
  extensionsDays: number;
  lowAttendanceAlerted: boolean;
  /** The mentor a manager assigned to deliver the module (assignModuleMentor); absent: none yet. */
  mentorId?: string;
  /**
   * Completed before its template's minimum duration had passed since its first session, under rules that check
   * delivery (`moduleDelivery`); absent: on time, or the rules do not check.
   */
  completedEarly?: boolean;
}

export interface ReEvaluationFacts {
  evidenceId: string; // row in PostgreSQL with the raw answers
  incomeToMinimumWageRatio: number;
  businessRunning: boolean;
  mindsetChanged: boolean;
  /** In work (employed or working for others) at the re-evaluation; absent: not recorded (before tracks). */
  inWork?: boolean;
  /** Months in the current work; absent when not recorded. Wages stay in the evidence row. */
  monthsInWork?: number;
}

export interface GraduationProposal {
  proposal: GraduationDecision;
  welfareLevel: WelfareLevel;
  criteria: { criterion: GraduationCriterion; met: boolean; detail: string }[];
}

export interface FollowUp {
  index: number; // 0-based in the schedule
  monthsAfterGraduation: number;
  dueAt: string;
  recordedAt?: string;
  evidenceId?: string;
  incomeToMinimumWageRatio?: number;
  businessRunning?: boolean;
  /** In work at the follow-up and for how many months; absent: not recorded (before tracks). */
  inWork?: boolean;
  monthsInWork?: number;
}

/**
 * A capital proposal of the person: its source and the steps' dates; the amounts (requested, received) stay in
 * PostgreSQL with the forms (`evidenceId` of the submission, `receiptEvidenceId`). Its id is the submission's
 * evidence id.
 */
export interface CapitalProposal {
  proposalId: string;
  source: CapitalSource;
  status: CapitalProposalStatus;
  submittedAt: string;
  evidenceId: string;
  decidedAt?: string;
  decisionEvidenceId?: string;
  receivedAt?: string;
  receiptEvidenceId?: string;
}

/** A market channel the person opened, once each. */
export interface MarketChannelOpening {
  channel: MarketChannel;
  openedAt: string;
  evidenceId: string;
}

/** A satisfaction survey recorded: its occasion (and module), when, and its mean score. */
export interface SatisfactionRecord {
  occasion: SatisfactionOccasion;
  moduleId?: string;
  at: string;
  meanScore: number;
}

/** A visit of intensive support or of post-graduation mentoring; what was agreed is evidence (sealed text). */
export interface SupportVisit {
  visitedAt: string;
  kind: SupportVisitKind;
  evidenceId: string;
  recordedAt: string;
}

export interface IntensiveCycle {
  cycle: number; // 1-based
  startedAt: string;
  plannedEnd: string;
  evidenceId: string; // focused action plan in PostgreSQL
  visitEveryDays: number;
  endedAt?: string;
  /** Visits recorded in this cycle (recordIntensiveVisit), in recording order; absent: none yet. */
  visits?: SupportVisit[];
  /** Change between the cycle's start and its review, set by the re-evaluation after it (rules with thresholds). */
  measuredChange?: MeasuredChange;
}

/**
 * A termination's alternatives followed to an answer (rules with `intensiveSupport.alternativeAnswerDays`): the
 * journey stays open in TERMINATED until each is answered. `answerDueAt` is set when the termination is communicated.
 */
export interface TerminationFollowThrough {
  decidedAt: string;
  alternatives: { alternative: TerminationAlternative; answer?: AlternativeAnswer; answeredAt?: string }[];
  /** The change measured in the last cycle, as the manager saw it when deciding. */
  measuredChange?: MeasuredChange;
  answerDueAt?: string;
}

export interface Decision {
  kind: DecisionKind;
  at: string;
  by: Actor;
  reasonEvidenceId?: string;
  communicatedAt?: string;
}

export interface OverdueItem {
  key: string;
  kind: DeadlineKind;
  dueAt: string;
  since: string;
  /** The rung reached and when. Optional: items stored before the ladder have none (they went to the manager). */
  escalatedTo?: EscalationLevel;
  escalatedAt?: string;
}

export interface Deadline {
  key: string;
  kind: DeadlineKind;
  dueAt: string;
  /** A rung of the escalation ladder of the overdue item `overdueKey` (its `kind` is the item's). */
  rung?: { level: EscalationLevel; overdueKey: string };
}

/** Who and where a journey is: ids and codes shared by the workflow input and its state. */
export interface JourneyIdentity {
  journeyId: string; // equals the beneficiary id
  programmeId: string;
  rulesId: string;
  rulesVersion: number;
  cohortId: string | null;
  regionCode: string;
  facilitatorId: string | null;
}

export interface JourneyState extends JourneyIdentity {
  /** The organisation (implementing partner) the journey is assigned to (assignPartner); absent: none. */
  partnerOrganisationId?: string;
  stage: Stage;
  stageEnteredAt: string;
  paused: { since: string; reasonEvidenceId?: string } | null;
  /**
   * Finished pauses, so deadlines counted from a fixed instant (enrolment, stage entry, decision) stop
   * their clock while paused. Optional: a stored state may have none.
   */
  pauseHistory?: { since: string; until: string }[];
  enrolledAt: string;
  vulnerableGroups: string[];
  welfareHistory: { level: WelfareLevel; at: string; source: WelfareSource }[];
  assessment: { evidenceId: string; submittedAt: string; needs: NeedCode[]; incomeToMinimumWageRatio: number } | null;
  proposedModules: PlannedModuleInput[];
  modules: ModuleRun[];
  planApprovedAt: string | null;
  /** The plan's livelihood track (rules with tracks, approvePlan); absent: before tracks, or not yet planned. */
  track?: LivelihoodTrack;
  reEvaluations: (ReEvaluationFacts & { at: string; proposal: GraduationProposal })[];
  notGraduatedEvaluation: { evidenceId: string; at: string } | null;
  intensiveCycles: IntensiveCycle[];
  decisions: Decision[];
  /** A decision that changes the person's path waits here until it is communicated. */
  pendingCommunication: DecisionKind | null;
  followUps: FollowUp[];
  referral: {
    targetProgramme: string;
    /** The receiving organisation (an implementing partner) that answers the referral itself; absent: none named. */
    organisationId?: string;
    referredAt: string;
    answer?: ReferralAnswer;
    answeredAt?: string;
  } | null;
  /** Capital proposals (submitCapitalProposal); optional: a stored state may have none. */
  capitalProposals?: CapitalProposal[];
  /** Market channels opened (openMarketChannel); optional: a stored state may have none. */
  marketChannels?: MarketChannelOpening[];
  /** Satisfaction surveys (recordSatisfaction); optional: a stored state may have none. */
  satisfaction?: SatisfactionRecord[];
  /** The termination decided and its alternatives (absent: none decided, or decided before they were tracked). */
  termination?: TerminationFollowThrough;
  /** The graduate's individual follow-up plan (Rencana Tindak Lanjut Individu), latest version; text is evidence. */
  followUpPlan?: { evidenceId: string; recordedAt: string };
  /** Post-graduation mentoring visits (recordMentoringVisit), oldest first. */
  mentoringVisits?: SupportVisit[];
  overdue: OverdueItem[];
  /** Deadlines already handled, so a timer fires once. */
  firedDeadlines: string[];
  closed: { stage: Stage; at: string; reasonEvidenceId?: string; exitKind?: ExitKind } | null;
  /** Number of applied commands and timer events: the read model's optimistic version. */
  seq: number;
  /**
   * The latest field time (`CommandEnvelope.occurredAt`) of each kind of command recorded with one: a later record
   * of the same kind dated before it arrived out of order (domain/journey/field-time.rules.ts).
   */
  fieldTimes?: Partial<Record<CommandType, string>>;
}

/** Commands: one workflow update each. Payload fields are ids, codes, dates, numbers. */
export interface CommandPayloads {
  submitAssessment: { evidenceId: string; needs: NeedCode[]; incomeToMinimumWageRatio: number };
  /** `track`: the livelihood track of the plan (rules with tracks only); absent: the assessment's proposal. */
  approvePlan: { modules: PlannedModuleInput[]; track?: LivelihoodTrack };
  scheduleSession: {
    moduleId: string;
    sessionId: string;
    sessionType: string;
    scheduledAt: string;
    durationHours?: number;
    groupId?: string;
  };
  recordAttendance: { moduleId: string; sessionId: string; status: AttendanceStatus; heldAt: string };
  recordModuleEvaluation: {
    moduleId: string;
    preScore: number;
    postScore: number;
    assignmentResult: AssignmentResult;
  };
  closeModule: { moduleId: string; reasonEvidenceId: string };
  extendModule: { moduleId: string; extraDays: number; reasonEvidenceId: string };
  submitReEvaluation: ReEvaluationFacts;
  decideGraduation: { decision: GraduationDecision; reasonEvidenceId?: string };
  recordCommunication: { decision: DecisionKind; evidenceId: string };
  recordNotGraduatedEvaluation: { evidenceId: string };
  startIntensiveSupport: { evidenceId: string };
  decideTermination: {
    decision: TerminationDecision;
    reasonEvidenceId: string;
    /** The alternatives offered with a TERMINATE (codes; their notes are evidence); absent: none. */
    alternatives?: TerminationAlternative[];
  };
  recordIntensiveVisit: { visitedAt: string; kind: SupportVisitKind; evidenceId: string };
  recordTerminationAlternativeAnswer: {
    alternative: TerminationAlternative;
    answer: AlternativeAnswer;
    evidenceId: string;
  };
  recordFollowUpPlan: { evidenceId: string };
  recordMentoringVisit: { visitedAt: string; kind: SupportVisitKind; evidenceId: string };
  recordFollowUp: {
    index: number;
    evidenceId: string;
    incomeToMinimumWageRatio: number;
    businessRunning: boolean;
    inWork?: boolean;
    monthsInWork?: number;
  };
  refer: { targetProgramme: string; evidenceId: string; organisationId?: string };
  recordReferralAnswer: { answer: ReferralAnswer; evidenceId: string };
  exit: { exitKind: ExitKind; reasonEvidenceId: string; safeguardingReportId?: string };
  withdraw: { reasonEvidenceId: string };
  pause: { reasonEvidenceId: string };
  resume: Record<never, never>;
  reassignFacilitator: { facilitatorId: string; reasonEvidenceId: string };
  /** Assigns the journey to an organisation (implementing partner) of its programme. */
  assignPartner: { organisationId: string; reasonEvidenceId: string };
  correctData: { field: string; reasonEvidenceId: string };
  /**
   * Moves the journey to a newer version of its programme rules (explicit, never automatic). `rules` is the
   * target's document when it was published through the API (the workflow cannot read the database);
   * absent, the version must be bundled.
   */
  migrateRules: { rulesVersion: number; reasonEvidenceId: string; rules?: ProgrammeRules };
  /** Assigns the mentor who delivers one module of the approved plan (named by its template). */
  assignModuleMentor: { templateId: string; mentorId: string; reasonEvidenceId: string };
  /** A capital proposal submitted to a source; its form (amount requested) is `evidenceId`, also its id. */
  submitCapitalProposal: { source: CapitalSource; evidenceId: string };
  /** The source's answer to a submitted proposal. */
  decideCapitalProposal: { proposalId: string; decision: CapitalDecision; evidenceId: string };
  /** Capital of an approved proposal received; the amount is in `evidenceId`. */
  recordCapitalReceipt: { proposalId: string; evidenceId: string };
  /** A market channel opened (each channel once). */
  openMarketChannel: { channel: MarketChannel; evidenceId: string };
  /** A participant's satisfaction survey at a module's end (naming it) or at graduation; scores 1..5. */
  recordSatisfaction: {
    occasion: SatisfactionOccasion;
    moduleId?: string;
    answers: SatisfactionAnswer[];
    evidenceId: string;
  };
}

export type CommandType = keyof CommandPayloads;
export type JourneyCommand = { [K in CommandType]: { type: K } & CommandPayloads[K] }[CommandType];

/** What every update carries: the command, who issues it, and the client's idempotency key. */
export interface CommandEnvelope<C extends JourneyCommand = JourneyCommand> {
  idempotencyKey: string;
  actor: Actor;
  requestId?: string;
  command: C;
  /**
   * When the command happened in the field (captured offline, sent later); absent: when it is applied. The
   * journey takes it as the step's time (events' `at`), so deadlines, periods and indicators follow it.
   */
  occurredAt?: string;
  /** A manager's approval of this record arriving late or out of order (its evidence row holds why). */
  lateApproval?: { approvedBy: string; evidenceId: string };
}

/** Facts the journey emits: the read model and the audit log are built from them. */
export interface JourneyEvent {
  seq: number;
  type: JourneyEventType;
  at: string;
  actor: Actor;
  data: Record<string, unknown>;
}

/**
 * Side effects the workflow must carry out through activities: each is one notification row (an alert or an
 * escalation) for the person or role it concerns.
 */
export interface JourneyEffect {
  kind: JourneyNotificationKind;
  reason: string;
  data: Record<string, unknown>;
}

export type Transition =
  | { ok: true; state: JourneyState; events: JourneyEvent[]; effects: JourneyEffect[] }
  | { ok: false; code: import('../errors/error-codes').ErrorCode; message: string };

/** Workflow input: ids and codes only. */
export interface JourneyStart extends JourneyIdentity {
  vulnerableGroups: string[];
  enrolledAt: string;
  enrolledBy: Actor;
}
