import type { AuditSource } from '../audit/audit-source.types';
import type { GroupAuditAction } from '../group/group-audit-actions';
import type { CommandType, JourneyEffect } from '../journey/journey.types';
import type {
  AssignmentResult,
  AttendanceStatus,
  DeadlineKind,
  DecisionKind,
  ExitKind,
  GraduationCriterion,
  JourneyEventType,
  JourneyStatus,
  ModuleStatus,
  ReferralAnswer,
  Role,
  Stage,
} from '../journey/journey-codes';
import type { Sex } from '../beneficiary/personal-data.rules';
import type { NeedCode, WelfareLevel } from '../programme/programme-rules.types';
import type { SafeguardingAction, SafeguardingCategory, SafeguardingStatus } from '../safeguarding/safeguarding.rules';
import type { ReportJobStatus } from '../report/report.types';
import type {
  ComplaintCategory,
  ComplaintOutcome,
  ComplaintPriority,
  ComplaintStatus,
  ComplaintSubject,
} from '../complaint/complaint.machine';
import type { ConflictCategory, ConflictStatus, ConflictType, ResolutionMethod } from '../conflict/conflict.rules';

/** What an audit row names as its action besides the journey commands. */
export type AuditAction =
  | CommandType
  | 'NONE'
  | 'enroll'
  | 'enrollBeneficiariesCsv'
  | 'startEnrolmentImport'
  | 'deadline'
  | 'revealNik'
  | 'revealPhone'
  | 'eraseBeneficiary'
  | 'recordFunctioning'
  | 'recordAccommodationNeeds'
  | 'createOrganisation'
  | 'requestReport'
  | 'recordWeeklyNarrative'
  | 'syncFieldRecords'
  | 'approveLateRecord'
  | GrievanceAuditAction
  | SetupAuditAction
  | StaffAuditAction
  | ConfigurationAuditAction
  | GroupAuditAction
  | GroupSessionAuditAction;

/** Audit actions of a learning group's sessions (source GROUP): a session scheduled, its attendance list. */
export type GroupSessionAuditAction = 'groupSession.schedule' | 'groupSession.attendance';

/** Audit actions of programme set-up (source PROGRAMME_SETUP): cohorts and selection records. */
export type SetupAuditAction = 'cohort.create' | 'cohort.update' | 'selection.refuse';

/** Audit actions of staff assignments and caseload hand-overs (source STAFF). */
export type StaffAuditAction = 'staff.assign' | 'staff.update' | 'staff.end' | 'handOverCaseload';

/** Audit actions of a programme's configuration (source CONFIGURATION): set-up and published rules. */
export type ConfigurationAuditAction =
  | 'programme.create'
  | 'programme.update'
  | 'programmeRules.publish'
  | 'webhook.register'
  | 'webhook.update'
  | 'webhook.disable'
  | 'webhook.rotateSecret'
  | 'webhook.replay';

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
  journeyStatus: Record<JourneyStatus, string>;
  welfareLevel: Record<WelfareLevel, string>;
  attendance: Record<AttendanceStatus, string>;
  moduleStatus: Record<ModuleStatus, string>;
  assignmentResult: Record<AssignmentResult, string>;
  decision: Record<DecisionKind, string>;
  exitKind: Record<ExitKind, string>;
  deadline: Record<DeadlineKind, string>;
  need: Record<NeedCode, string>;
  sex: Record<Sex, string>;
  role: Record<Role, string>;
  action: Record<AuditAction, string>;
  event: Record<JourneyEventType, string>;
  graduationCriterion: Record<GraduationCriterion, string>;
  referralAnswer: Record<ReferralAnswer, string>;
  auditSource: Record<AuditSource, string>;
  notification: Record<JourneyEffect['kind'], string>;
  reportJobStatus: Record<ReportJobStatus, string>;
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
  safeguardingStatus: Record<SafeguardingStatus, string>;
}

export type LabelGroup = keyof LabelCatalogue;
