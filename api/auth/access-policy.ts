import { COMMAND_POLICY } from '../../domain/journey/journey-command-policy';
import type { CommandType } from '../../domain/journey/journey.types';
import { NODE_TYPES, type NodeType } from '../node/node-types';
import { CALLER_ROLES, type CallerRole } from './principal';

/**
 * How a field's data is tied to the caller's scope (programmes, region prefixes):
 * - NONE: not personal and not per-area (catalogue, chain verification);
 * - JOURNEY: the journey (= beneficiary) named by `journeyId` / `id`: its programme and region;
 * - BENEFICIARY: same, for a beneficiary `id`;
 * - ENROLMENT: the programme and region of the person being enrolled (`input`; CSV rows one by one);
 * - PROGRAMME: the `programmeId` argument must be in scope; counts are limited to the caller's regions;
 * - LIST: rows are limited to the caller's programmes and regions (conditions added to the query);
 * - ENTRIES: a list of journeys in the input, each checked (a refused entry is reported as FORBIDDEN);
 * - AUDIT_FILTER: a caller scoped to less than everything must filter by a journey in scope, or by a
 *   programme and a region (prefix) within their scope;
 * - REPORT: the report's programme (`input`) in scope, its region prefix inside one of the caller's;
 * - REPORT_JOB: the report job named by `id` covers only programmes and regions in scope;
 * - PLACE: the programme and region named in `input` (a conflict being recorded);
 * - RECORD: a complaint, conflict or safeguarding report named by id: its programme and region,
 *   checked by the service when it reads the row (an unknown id is NOT_FOUND, never a hint);
 * - COHORT: the cohort named by `cohortId` or `input.id`: its programme in scope and its region overlapping
 *   one of the caller's (an unknown id is left to the resolver: COHORT_NOT_FOUND);
 * - NODE: the object named by a global id (Query.node): the roles and scope check of its type's own
 *   query (NODE_QUERIES), so node(id:) shows nothing that query would not.
 */
export type ScopeRule =
  | 'NONE'
  | 'JOURNEY'
  | 'BENEFICIARY'
  | 'ENROLMENT'
  | 'PROGRAMME'
  | 'LIST'
  | 'ENTRIES'
  | 'AUDIT_FILTER'
  | 'REPORT'
  | 'REPORT_JOB'
  | 'PLACE'
  | 'RECORD'
  | 'COHORT'
  | 'NODE';

export interface FieldRule {
  roles: readonly CallerRole[];
  scope: ScopeRule;
  /** Journey commands: the roles come from the journey machine's COMMAND_POLICY. */
  command?: CommandType;
  /** Facilitators act only on journeys assigned to them (or not yet assigned). */
  ownCaseload?: boolean;
  /** Also open to callers without a token (public complaint and safeguarding channels). */
  anonymous?: boolean;
  /**
   * The audit action a refusal is written under when it is not the field's name (grievance steps:
   * `complaint.triage` ...).
   */
  action?: string;
}

const ALL: readonly CallerRole[] = CALLER_ROLES;
const READERS: readonly CallerRole[] = ['facilitator', 'manager', 'auditor'];
const AUDIT: readonly CallerRole[] = ['manager', 'auditor'];
const ENROLERS: readonly CallerRole[] = ['facilitator', 'manager'];
/** Aggregated M&E figures: what viewers are for (small cells withheld from them). */
const FIGURES: readonly CallerRole[] = ['manager', 'auditor', 'viewer'];
/** Reports are aggregated figures too: the same readers. */
export const REPORT_READERS: readonly CallerRole[] = FIGURES;
const STAFF: readonly CallerRole[] = ['facilitator', 'manager'];
const MANAGER: readonly CallerRole[] = ['manager'];
const SAFEGUARDING: readonly CallerRole[] = ['safeguarding'];
/** Anyone, with or without an account: the public complaint and safeguarding channels. */
const PUBLIC: FieldRule = { roles: CALLER_ROLES, scope: 'NONE', anonymous: true };

/** A journey command: who may issue it is the machine's rule, never restated here. */
const command = (type: CommandType): FieldRule => ({
  roles: CALLER_ROLES.filter((r) => (COMMAND_POLICY[type].roles as readonly string[]).includes(r)),
  scope: 'JOURNEY',
  command: type,
  ownCaseload: true,
});

/**
 * Every Query and Mutation field: which roles may call it and how it is scope-checked. Enforced
 * for every root field by api/auth/access.middleware.ts; a field missing here is refused to
 * everybody (fail closed), and test/unit/api/access-policy.test.ts fails when the schema and this
 * table disagree. The role table of docs/security.md is generated from it.
 */
export const ACCESS_POLICY: { Query: Record<string, FieldRule>; Mutation: Record<string, FieldRule> } = {
  Query: {
    programmes: { roles: ALL, scope: 'NONE' },
    programme: { roles: ALL, scope: 'NONE' },
    moduleTemplates: { roles: ALL, scope: 'NONE' },
    cohorts: { roles: [...READERS, 'viewer'], scope: 'PROGRAMME' },
    cohort: { roles: [...READERS, 'viewer'], scope: 'PROGRAMME' },
    // Candidates refused at selection: no name or NIK, but a person's facts, so not for viewers.
    selectionRecords: { roles: READERS, scope: 'COHORT' },
    // Counts over a whole cohort, never a person: also for viewers.
    cohortQuotaStatus: { roles: [...READERS, 'viewer'], scope: 'COHORT' },
    beneficiary: { roles: READERS, scope: 'BENEFICIARY' },
    beneficiaries: { roles: READERS, scope: 'LIST' },
    journey: { roles: READERS, scope: 'JOURNEY' },
    journeys: { roles: READERS, scope: 'LIST' },
    myCaseload: { roles: ['facilitator'], scope: 'LIST' },
    journeyHistory: { roles: AUDIT, scope: 'JOURNEY' },
    auditLog: { roles: AUDIT, scope: 'AUDIT_FILTER' },
    verifyAuditChain: { roles: AUDIT, scope: 'NONE' },
    programmeIndicators: { roles: FIGURES, scope: 'PROGRAMME' },
    logframe: { roles: FIGURES, scope: 'PROGRAMME' },
    reportJob: { roles: REPORT_READERS, scope: 'REPORT_JOB' },
    reportJobs: { roles: REPORT_READERS, scope: 'LIST' },
    complaintStatus: PUBLIC,
    complaints: { roles: READERS, scope: 'LIST' },
    complaint: { roles: READERS, scope: 'RECORD' },
    conflicts: { roles: READERS, scope: 'LIST' },
    conflictFigures: { roles: [...READERS, 'viewer'], scope: 'PROGRAMME' },
    // Every role sees that a report exists and how it is handled; only 'safeguarding' sees who filed it.
    safeguardingReports: { roles: ALL, scope: 'LIST' },
    safeguardingReport: { roles: ALL, scope: 'RECORD' },
    // Open to every role that may read some type by id; the check then applies the rule of the id's type
    // (NODE_QUERIES below).
    node: { roles: ALL, scope: 'NODE' },
  },
  Mutation: {
    revealNik: { roles: AUDIT, scope: 'BENEFICIARY' },
    revealPhone: { roles: AUDIT, scope: 'BENEFICIARY' },
    // Erasure on request is a programme decision taken where the person is known: managers in scope
    // (admins configure programmes and never see people; auditors change nothing).
    eraseBeneficiary: { roles: ['manager'], scope: 'BENEFICIARY' },
    requestReport: { roles: REPORT_READERS, scope: 'REPORT' },
    // Cohorts are programme set-up: admins and managers, for a programme and region in their scope.
    createCohort: { roles: ['admin', 'manager'], scope: 'PLACE', action: 'cohort.create' },
    updateCohort: { roles: ['admin', 'manager'], scope: 'COHORT', action: 'cohort.update' },
    recordSelectionRefusal: { roles: ENROLERS, scope: 'PLACE', action: 'selection.refuse' },
    enrollBeneficiary: { roles: ENROLERS, scope: 'ENROLMENT' },
    enrollBeneficiariesCsv: { roles: ENROLERS, scope: 'ENROLMENT' },
    recordSessionAttendance: {
      roles: command('recordAttendance').roles,
      scope: 'ENTRIES',
      command: 'recordAttendance',
    },
    submitAssessment: command('submitAssessment'),
    approvePlan: command('approvePlan'),
    scheduleSession: command('scheduleSession'),
    recordAttendance: command('recordAttendance'),
    recordModuleEvaluation: command('recordModuleEvaluation'),
    closeModule: command('closeModule'),
    extendModule: command('extendModule'),
    submitReEvaluation: command('submitReEvaluation'),
    decideGraduation: command('decideGraduation'),
    recordCommunication: command('recordCommunication'),
    recordNotGraduatedEvaluation: command('recordNotGraduatedEvaluation'),
    startIntensiveSupport: command('startIntensiveSupport'),
    decideTermination: command('decideTermination'),
    recordFollowUp: command('recordFollowUp'),
    refer: command('refer'),
    recordReferralAnswer: command('recordReferralAnswer'),
    exitJourney: command('exit'),
    withdraw: command('withdraw'),
    pauseJourney: command('pause'),
    resumeJourney: command('resume'),
    reassignFacilitator: command('reassignFacilitator'),
    correctData: command('correctData'),
    migrateJourneyRules: command('migrateRules'),
    fileComplaint: { ...PUBLIC, action: 'complaint.file' },
    triageComplaint: { roles: MANAGER, scope: 'RECORD', action: 'complaint.triage' },
    answerComplaint: { roles: STAFF, scope: 'RECORD', action: 'complaint.answer' },
    closeComplaint: { roles: MANAGER, scope: 'RECORD', action: 'complaint.close' },
    recordConflict: { roles: STAFF, scope: 'PLACE', action: 'conflict.record' },
    resolveConflict: { roles: STAFF, scope: 'RECORD', action: 'conflict.resolve' },
    fileSafeguardingReport: { ...PUBLIC, action: 'safeguarding.file' },
    recordSafeguardingAction: { roles: SAFEGUARDING, scope: 'RECORD', action: 'safeguarding.action' },
    revealSafeguardingReporter: { roles: SAFEGUARDING, scope: 'RECORD' },
    // The exit is a journey command like any other: the machine's roles for `exit`.
    applySafeguardingSanction: { ...command('exit'), ownCaseload: false },
  },
};

export type RootType = keyof typeof ACCESS_POLICY;

/**
 * The query whose rule node(id:) applies for each type (a conflict has no query by id: the rule of
 * the list, whose rows are the caller's scope, and the service's record check).
 */
export const NODE_QUERIES: Readonly<Record<NodeType, string>> = {
  Journey: 'journey',
  Beneficiary: 'beneficiary',
  Complaint: 'complaint',
  Conflict: 'conflicts',
  SafeguardingReport: 'safeguardingReport',
  ReportJob: 'reportJob',
};

export function ruleOf(type: string, field: string): FieldRule | null {
  if (type !== 'Query' && type !== 'Mutation') return null;
  const table = ACCESS_POLICY[type];
  return Object.prototype.hasOwnProperty.call(table, field) ? table[field] : null;
}

const SCOPE_TEXT: Record<ScopeRule, string> = {
  NONE: 'none',
  JOURNEY: 'journey in scope',
  BENEFICIARY: 'beneficiary in scope',
  ENROLMENT: 'programme and region enrolled into',
  PROGRAMME: 'programme in scope, counts in own regions',
  LIST: 'rows limited to scope',
  ENTRIES: 'each entry in scope',
  AUDIT_FILTER: 'filter by a journey, or a programme and region, in scope (unless scope is *)',
  REPORT: 'programme and region prefix of the report in scope',
  REPORT_JOB: "report's programme and regions in scope",
  PLACE: 'programme and region of the record',
  RECORD: "the record's programme and region in scope",
  COHORT: "the cohort's programme in scope, its region overlapping the caller's",
  NODE: `as the query of the id's type (${NODE_TYPES.map((t) => `${t}: \`${NODE_QUERIES[t]}\``).join(', ')})`,
};

/** The role table of docs/security.md (between the access-table markers), generated from ACCESS_POLICY. */
export function accessTableMarkdown(): string {
  const head =
    `| Type | Field | ${CALLER_ROLES.join(' | ')} | Scope check |\n` +
    `|---|---|${CALLER_ROLES.map(() => ':-:').join('|')}|---|`;
  const lines: string[] = [];
  for (const type of ['Query', 'Mutation'] as const) {
    for (const [field, rule] of Object.entries(ACCESS_POLICY[type]).sort(([a], [b]) => a.localeCompare(b))) {
      const scope =
        (rule.anonymous ? 'public: no account needed; ' : '') +
        SCOPE_TEXT[rule.scope] +
        (rule.ownCaseload && rule.roles.includes('facilitator') ? '; facilitators: own or unassigned journeys' : '') +
        (rule.command ? ` (command \`${rule.command}\`)` : '');
      const cells = CALLER_ROLES.map((r) => (rule.roles.includes(r) ? 'yes' : '—'));
      lines.push(`| ${type} | \`${field}\` | ${cells.join(' | ')} | ${scope} |`);
    }
  }
  return `${head}\n${lines.join('\n')}`;
}
