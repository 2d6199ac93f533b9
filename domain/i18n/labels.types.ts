import type {
  AttendanceStatus,
  CommandType,
  DeadlineKind,
  DecisionKind,
  ExitKind,
  JourneyEffect,
  ModuleStatus,
  Role,
  Stage,
} from '../journey/journey.types';
import type { NeedCode, WelfareLevel } from '../programme/programme-rules.types';
import type { SafeguardingAction, SafeguardingCategory } from '../safeguarding/safeguarding.rules';
import type {
  ComplaintCategory,
  ComplaintOutcome,
  ComplaintPriority,
  ComplaintStatus,
  ComplaintSubject,
} from '../complaint/complaint.machine';
import type { ConflictCategory, ConflictStatus, ConflictType, ResolutionMethod } from '../conflict/conflict.rules';

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
  'FOLLOW_UPS_SCHEDULED',
  'FOLLOW_UP_RECORDED',
  'REFERRED',
  'REFERRAL_ANSWERED',
  'EXITED',
  'WITHDRAWN',
  'PAUSED',
  'RESUMED',
  'FACILITATOR_REASSIGNED',
  'DATA_CORRECTED',
  'RULES_MIGRATED',
  'OVERDUE',
  'STAGE_CHANGED',
  'JOURNEY_CLOSED',
] as const;
export type JourneyEventType = (typeof JOURNEY_EVENT_TYPES)[number];

/** What an audit row names as its action besides the journey commands. */
export type AuditAction =
  | CommandType
  | 'NONE'
  | 'enroll'
  | 'enrollBeneficiariesCsv'
  | 'deadline'
  | 'revealNik'
  | 'revealPhone'
  | 'eraseBeneficiary'
  | 'requestReport'
  | GrievanceAuditAction;

/** Audit actions of complaints, conflicts and safeguarding reports (source GRIEVANCE, and the identity READ). */
export type GrievanceAuditAction =
  | 'complaint.file'
  | 'complaint.triage'
  | 'complaint.answer'
  | 'complaint.close'
  | 'complaint.escalate'
  | 'complaint.step'
  | 'conflict.record'
  | 'conflict.resolve'
  | 'safeguarding.file'
  | 'safeguarding.action'
  | 'revealSafeguardingReporter'
  | `safeguarding.${Lowercase<SafeguardingAction>}`;

/**
 * Display names of every code a person sees, one table per code set. Typed by the domain's own
 * unions, so a new stage, role, exit kind ... does not compile until both languages name it.
 */
export interface LabelCatalogue {
  stage: Record<Stage, string>;
  journeyStatus: Record<'ACTIVE' | 'PAUSED' | 'CLOSED', string>;
  welfareLevel: Record<WelfareLevel, string>;
  attendance: Record<AttendanceStatus, string>;
  moduleStatus: Record<ModuleStatus, string>;
  assignmentResult: Record<'PASSED' | 'FAILED' | 'NOT_SUBMITTED', string>;
  decision: Record<DecisionKind, string>;
  exitKind: Record<ExitKind, string>;
  deadline: Record<DeadlineKind, string>;
  need: Record<NeedCode, string>;
  sex: Record<'FEMALE' | 'MALE', string>;
  role: Record<Role, string>;
  action: Record<AuditAction, string>;
  event: Record<JourneyEventType, string>;
  graduationCriterion: Record<
    'INCOME_TO_MINIMUM_WAGE' | 'WELFARE_LEVEL' | 'BUSINESS_RUNNING' | 'MINDSET_CHANGED',
    string
  >;
  referralAnswer: Record<'ACCEPTED' | 'DECLINED', string>;
  auditSource: Record<'JOURNEY_EVENT' | 'DENIED' | 'READ' | 'ERASURE' | 'GRIEVANCE', string>;
  notification: Record<JourneyEffect['kind'], string>;
  reportJobStatus: Record<'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED', string>;
  complaintStatus: Record<ComplaintStatus, string>;
  complaintCategory: Record<ComplaintCategory, string>;
  complaintPriority: Record<ComplaintPriority, string>;
  complaintSubject: Record<ComplaintSubject, string>;
  complaintOutcome: Record<ComplaintOutcome, string>;
  conflictType: Record<ConflictType, string>;
  conflictCategory: Record<ConflictCategory, string>;
  resolutionMethod: Record<ResolutionMethod, string>;
  conflictStatus: Record<ConflictStatus, string>;
  safeguardingCategory: Record<SafeguardingCategory, string>;
  safeguardingStatus: Record<'OPEN' | 'CLOSED', string>;
}

export type LabelGroup = keyof LabelCatalogue;
