import { assertEnumType, getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildJejakSchema } from '../../../api/schema';
import {
  CAPITAL_SCHEMES,
  MENTORING_TYPES,
  SKILLS_PREFERENCES,
  TRAINING_METHODS,
} from '../../../domain/assessment/assessment-needs.rules';
import { SEXES } from '../../../domain/beneficiary/personal-data.rules';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_PRIORITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
} from '../../../domain/complaint/complaint.machine';
import {
  CONFLICT_CATEGORIES,
  CONFLICT_STATUSES,
  CONFLICT_TYPES,
  RESOLUTION_METHODS,
} from '../../../domain/conflict/conflict.rules';
import { AUDIT_SOURCES } from '../../../domain/audit/audit-source.types';
import { ERROR_CODES } from '../../../domain/errors/error-codes';
import { GROUP_MEMBER_OUTCOMES } from '../../../domain/group/group-session.rules';
import { DIMENSIONS, INDICATOR_LEVELS, INDICATOR_UNITS, REALISATIONS } from '../../../domain/indicator/indicator.types';
import { APKM_DIMENSIONS } from '../../../domain/indicator/logframe.types';
import * as journey from '../../../domain/journey/journey-codes';
import { HOURS_CHECKS, MIX_BASES } from '../../../domain/module/module-delivery.rules';
import { NEXT_ACTIONS } from '../../../domain/journey/journey-next-action.machine';
import { ORGANISATION_KINDS } from '../../../domain/organisation/organisation.rules';
import { BUSINESS_ACTIVITIES } from '../../../domain/group/group-business.rules';
import { CAPITAL_SOURCES, GROUP_KINDS, GROUP_ROLES, GROUP_STATUSES } from '../../../domain/group/group.rules';
import { INTERVENTION_MODELS, NEED_CODES, WELFARE_LEVELS } from '../../../domain/programme/programme-rules.types';
import { REPORT_FORMATS, REPORT_JOB_STATUSES, REPORT_LOCALES, REPORT_TYPES } from '../../../domain/report/report.types';
import {
  AT_RISK_GROUPS,
  SAFEGUARDING_ACTIONS,
  SAFEGUARDING_CATEGORIES,
  SAFEGUARDING_FINDINGS,
  SAFEGUARDING_STATUSES,
} from '../../../domain/safeguarding/safeguarding.rules';

/** Each GraphQL enum and the domain list it is built from (one source: api/shared/code-enum.ts). */
const ENUMS: Record<string, readonly string[]> = {
  JourneyStage: journey.JOURNEY_STAGES,
  JourneyStatus: journey.JOURNEY_STATUSES,
  Role: journey.ROLES,
  AttendanceStatus: journey.ATTENDANCE_STATUSES,
  ModuleStatus: journey.MODULE_STATUSES,
  AssignmentResult: journey.ASSIGNMENT_RESULTS,
  DecisionKind: journey.DECISION_KINDS,
  GraduationDecision: journey.GRADUATION_DECISIONS,
  TerminationDecision: journey.TERMINATION_DECISIONS,
  GraduationCriterionCode: journey.GRADUATION_CRITERIA,
  ExitKind: journey.MANAGER_EXIT_KINDS,
  ReferralAnswer: journey.REFERRAL_ANSWERS,
  WelfareSource: journey.WELFARE_SOURCES,
  CommunicationChannel: journey.COMMUNICATION_CHANNELS,
  DeadlineKind: journey.DEADLINE_KINDS,
  EscalationLevel: journey.ESCALATION_LEVELS,
  NextActionKind: NEXT_ACTIONS,
  WelfareLevel: WELFARE_LEVELS,
  NeedCode: NEED_CODES,
  InterventionModel: INTERVENTION_MODELS,
  Sex: SEXES,
  SkillsPreference: SKILLS_PREFERENCES,
  MentoringType: MENTORING_TYPES,
  TrainingMethod: TRAINING_METHODS,
  CapitalScheme: CAPITAL_SCHEMES,
  ComplaintSubject: COMPLAINT_SUBJECTS,
  ComplaintCategory: COMPLAINT_CATEGORIES,
  ComplaintPriority: COMPLAINT_PRIORITIES,
  ComplaintOutcome: COMPLAINT_OUTCOMES,
  ComplaintStatus: COMPLAINT_STATUSES,
  ConflictType: CONFLICT_TYPES,
  ConflictCategory: CONFLICT_CATEGORIES,
  ConflictStatus: CONFLICT_STATUSES,
  ResolutionMethod: RESOLUTION_METHODS,
  SafeguardingCategory: SAFEGUARDING_CATEGORIES,
  SafeguardingStatus: SAFEGUARDING_STATUSES,
  SafeguardingFinding: SAFEGUARDING_FINDINGS,
  SafeguardingActionKind: SAFEGUARDING_ACTIONS,
  AtRiskGroup: AT_RISK_GROUPS,
  IndicatorDimension: DIMENSIONS,
  LogframeLevel: INDICATOR_LEVELS,
  IndicatorUnit: INDICATOR_UNITS,
  Realisation: REALISATIONS,
  ApkmDimension: APKM_DIMENSIONS,
  ReportType: REPORT_TYPES,
  ReportFormat: REPORT_FORMATS,
  ReportLocale: REPORT_LOCALES,
  ReportJobStatus: REPORT_JOB_STATUSES,
  ErrorCode: Object.keys(ERROR_CODES),
  AuditSource: AUDIT_SOURCES,
  OrganisationKind: ORGANISATION_KINDS,
  GroupKind: GROUP_KINDS,
  GroupStatus: GROUP_STATUSES,
  GroupRole: GROUP_ROLES,
  CapitalSource: CAPITAL_SOURCES,
  BusinessActivity: BUSINESS_ACTIVITIES,
  HoursCheck: HOURS_CHECKS,
  MixBasis: MIX_BASES,
  GroupMemberOutcome: GROUP_MEMBER_OUTCOMES,
};

/** Fields and arguments a client branches on (issue 16), with the enum each one is typed by. */
const TYPED: [string, string, string][] = [
  ['ModuleRun', 'status', 'ModuleStatus'],
  ['Decision', 'kind', 'DecisionKind'],
  ['Overdue', 'kind', 'DeadlineKind'],
  ['Overdue', 'escalatedTo', 'EscalationLevel'],
  ['NextAction', 'action', 'NextActionKind'],
  ['NextAction', 'by', 'Role'],
  ['AssessmentSummary', 'needs', 'NeedCode'],
  ['WelfareRecord', 'source', 'WelfareSource'],
  ['DecideGraduationInput', 'decision', 'GraduationDecision'],
  ['NeedsInput', 'mentoringTypes', 'MentoringType'],
  ['SafeguardingReport', 'finding', 'SafeguardingFinding'],
  ['Group', 'status', 'GroupStatus'],
  ['GroupMember', 'role', 'GroupRole'],
  ['GroupMemberResult', 'code', 'ErrorCode'],
  ['ModuleDelivery', 'totalHoursCheck', 'HoursCheck'],
  ['SessionHoursFlag', 'check', 'HoursCheck'],
  ['ModuleDelivery', 'mixBasis', 'MixBasis'],
  ['GroupSessionMemberResult', 'outcome', 'GroupMemberOutcome'],
  ['GroupAttendanceEntryInput', 'status', 'AttendanceStatus'],
];

describe('GraphQL enums', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildJejakSchema();
  });

  it.each(Object.entries(ENUMS))('%s has exactly the values of its domain list, in its order', (name, codes) => {
    expect(
      assertEnumType(schema.getType(name))
        .getValues()
        .map((v) => v.name),
    ).toEqual([...codes]);
  });

  it('describes every value', () => {
    for (const name of Object.keys(ENUMS))
      for (const value of assertEnumType(schema.getType(name)).getValues()) expect(value.description).toBeTruthy();
  });

  it.each(TYPED)('%s.%s is the enum %s', (type, field, expected) => {
    const owner = schema.getType(type);
    if (!isObjectType(owner) && !isInputObjectType(owner)) throw new Error(`${type} has no fields`);
    expect(getNamedType(owner.getFields()[field].type).name).toBe(expected);
  });
});
