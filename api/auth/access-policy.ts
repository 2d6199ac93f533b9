import { COMMAND_POLICY } from '../../domain/journey/journey-command-policy';
import { FIELD_RECORD_COMMANDS, FIELD_RECORD_KINDS } from '../../domain/journey/field-sync.codes';
import type { CommandType } from '../../domain/journey/journey.types';
import { NODE_TYPES, type NodeType } from '../node/node-types';
import { CALLER_ROLES, type CallerRole } from '../../domain/staff/principal.rules';

/**
 * How a field's data is tied to the caller's scope (programmes, region prefixes):
 * - NONE: not personal and not per-area (catalogue, chain verification);
 * - JOURNEY: the journey (= beneficiary) named by `journeyId` / `id`: its programme and region;
 * - BENEFICIARY: same, for a beneficiary `id`;
 * - ENROLMENT: the programme and region of the person being enrolled (`input`; CSV rows one by one);
 * - PROGRAMME: the `programmeId` argument (or `input.programmeId`) must be in scope; counts are limited to the
 *   caller's regions;
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
 * - GROUP: the group named by `groupId` (or `id`): its programme and region in scope; a facilitator's only if
 *   they facilitate it, a coordinator's only if they coordinate its facilitator (an unknown id is left to the
 *   resolver: null or GROUP_NOT_FOUND).
 * - EVENTS: a stream of journey changes (subscriptions): each event is checked when it is sent, its journey in
 *   the caller's scope as Query.journey checks it; a facilitator's only for journeys assigned to them.
 *
 * Subscriptions are checked when they start and again for every event they send (api/live/live-stream.ts).
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
  | 'NODE'
  | 'GROUP'
  | 'EVENTS';

export interface FieldRule {
  roles: readonly CallerRole[];
  scope: ScopeRule;
  /** Journey commands: the roles come from the journey machine's COMMAND_POLICY. */
  command?: CommandType;
  /** Facilitators act only on journeys assigned to them (or not yet assigned). */
  ownCaseload?: boolean;
  /**
   * A coordinator acts here only within their team (the facilitators they coordinate and their journeys:
   * api/auth/team-scope.ts), applied where the rows are read. Coordinators are refused every LIST, ENTRIES,
   * RECORD ... field without it (fail closed); journeys by id are always checked against their team.
   */
  team?: boolean;
  /**
   * Which of the journey's organisations a partner must act for (scope.organisations): ASSIGNED, the one the
   * journey is assigned to (assignPartner); REFERRAL, the one its open referral names. None named: refused.
   */
  partner?: 'ASSIGNED' | 'REFERRAL';
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
/**
 * Readers of aggregated figures and reports only, never of a person's record: viewers, local government
 * (pemda, desa: their regions) and donors (the programmes they fund). Small cells are withheld from them.
 */
export const FIGURES_ONLY: readonly CallerRole[] = ['viewer', 'government', 'donor'];
/** The one predicate for small-cell protection: figures shown to this role withhold groups below the threshold. */
export const withholdsSmallCells = (role: CallerRole | null | undefined): boolean =>
  role != null && FIGURES_ONLY.includes(role);
/** Aggregated M&E figures: managers and auditors see every cell, the figures-only readers small cells withheld. */
const FIGURES: readonly CallerRole[] = ['manager', 'auditor', ...FIGURES_ONLY];
/** Reports are aggregated figures too: the same readers. */
export const REPORT_READERS: readonly CallerRole[] = FIGURES;
const STAFF: readonly CallerRole[] = ['facilitator', 'manager'];
const MANAGER: readonly CallerRole[] = ['manager'];
/** Programme configuration: admins set programmes up and publish rules; they never see people. */
const ADMIN: readonly CallerRole[] = ['admin'];
/** Published rules versions and their diffs: who sets them, who runs programmes on them, who checks them. */
const RULES_READERS: readonly CallerRole[] = ['admin', 'manager', 'auditor'];
const SAFEGUARDING: readonly CallerRole[] = ['safeguarding'];
/**
 * Who sees that a safeguarding report exists: the programme office's people with a programme-wide view.
 * Not partners, mentors, government or donors (a report concerns people and may concern them), nor
 * coordinators, whose lists are their team's journeys.
 */
const NOT_SHOWN_SAFEGUARDING: readonly CallerRole[] = ['partner', 'mentor', 'government', 'donor', 'coordinator'];
const PROGRAMME_STAFF: readonly CallerRole[] = CALLER_ROLES.filter((r) => !NOT_SHOWN_SAFEGUARDING.includes(r));
/** Who assigns the programme's field staff: admins configure programmes, managers run them. */
const STAFFING: readonly CallerRole[] = ['admin', 'manager'];
/**
 * Groups (kelompok) are run by the programme office: managers and admins, facilitators for the groups they
 * facilitate, coordinators for their team's; auditors read them.
 */
const GROUP_STAFF: readonly CallerRole[] = ['facilitator', 'coordinator', 'manager', 'admin'];
const group = (action: string): FieldRule => ({ roles: GROUP_STAFF, scope: 'GROUP', team: true, action });
/** Anyone, with or without an account: the public complaint and safeguarding channels. */
const PUBLIC: FieldRule = { roles: CALLER_ROLES, scope: 'NONE', anonymous: true };

/** A journey command: who may issue it is the machine's rule, never restated here. */
const command = (type: CommandType): FieldRule => ({
  roles: CALLER_ROLES.filter((r) => (COMMAND_POLICY[type].roles as readonly string[]).includes(r)),
  scope: 'JOURNEY',
  command: type,
  ownCaseload: true,
});

/** The declared rules of every root field but `node` (derived from them in ACCESS_POLICY below). */
const RULES: {
  Query: Record<string, FieldRule>;
  Mutation: Record<string, FieldRule>;
  Subscription: Record<string, FieldRule>;
} = {
  Query: {
    programmes: { roles: ALL, scope: 'NONE' },
    programme: { roles: ALL, scope: 'NONE' },
    moduleTemplates: { roles: ALL, scope: 'NONE' },
    programmeRules: { roles: RULES_READERS, scope: 'NONE' },
    programmeRulesVersions: { roles: RULES_READERS, scope: 'NONE' },
    cohorts: { roles: [...READERS, ...FIGURES_ONLY], scope: 'PROGRAMME' },
    cohort: { roles: [...READERS, ...FIGURES_ONLY], scope: 'PROGRAMME' },
    // Candidates refused at selection: no name or NIK, but a person's facts, so not for viewers.
    selectionRecords: { roles: READERS, scope: 'COHORT' },
    // Counts over a whole cohort, never a person: also for viewers.
    cohortQuotaStatus: { roles: [...READERS, 'viewer'], scope: 'COHORT' },
    beneficiary: { roles: READERS, scope: 'BENEFICIARY' },
    beneficiaries: { roles: READERS, scope: 'LIST' },
    // Coordinators (koordinator lapangan) read the journeys of the facilitators they coordinate; partners the
    // journeys assigned to their organisations (a list: only those rows).
    journey: { roles: [...READERS, 'coordinator', 'partner'], scope: 'JOURNEY', partner: 'ASSIGNED' },
    journeys: { roles: [...READERS, 'coordinator', 'partner'], scope: 'LIST', team: true, partner: 'ASSIGNED' },
    myCaseload: { roles: ['facilitator'], scope: 'LIST' },
    myModules: { roles: ['mentor'], scope: 'LIST' },
    journeyHistory: { roles: AUDIT, scope: 'JOURNEY' },
    auditLog: { roles: AUDIT, scope: 'AUDIT_FILTER' },
    verifyAuditChain: { roles: AUDIT, scope: 'NONE' },
    programmeIndicators: { roles: FIGURES, scope: 'PROGRAMME' },
    logframe: { roles: FIGURES, scope: 'PROGRAMME' },
    // A facilitator reads the reports they requested (their own caseload's weekly report), nobody else's.
    reportJob: { roles: [...REPORT_READERS, 'facilitator'], scope: 'REPORT_JOB', ownCaseload: true },
    reportJobs: { roles: [...REPORT_READERS, 'facilitator'], scope: 'LIST', ownCaseload: true },
    // Enrolment imports: their programme and the requester's regions in scope (checked by the service when it
    // reads the row); a facilitator reads the imports they started.
    enrolmentImport: { roles: ENROLERS, scope: 'RECORD', ownCaseload: true },
    enrolmentImports: { roles: ENROLERS, scope: 'PROGRAMME', ownCaseload: true },
    // One facilitator's caseload figures: a facilitator their own, a manager any facilitator's within scope.
    myCaseloadFigures: { roles: ['facilitator', 'manager'], scope: 'PROGRAMME', ownCaseload: true },
    complaintStatus: PUBLIC,
    complaints: { roles: READERS, scope: 'LIST' },
    complaint: { roles: READERS, scope: 'RECORD' },
    conflicts: { roles: READERS, scope: 'LIST' },
    conflictFigures: { roles: [...READERS, ...FIGURES_ONLY], scope: 'PROGRAMME' },
    // The programme office sees that a report exists and how it is handled; only 'safeguarding' sees who filed it.
    safeguardingReports: { roles: PROGRAMME_STAFF, scope: 'LIST' },
    safeguardingReport: { roles: PROGRAMME_STAFF, scope: 'RECORD' },
    staffMembers: { roles: [...STAFFING, 'coordinator', 'auditor'], scope: 'PROGRAMME' },
    myTeam: { roles: ['coordinator'], scope: 'LIST', team: true },
    // Alerts and escalations addressed to the caller (rows naming them; managers also their role's, in scope).
    myNotifications: { roles: ['facilitator', 'coordinator', 'manager'], scope: 'LIST', team: true },
    // Organisations are programme set-up: who works in a programme, no personal data.
    organisations: { roles: ['admin', 'manager', 'auditor'], scope: 'PROGRAMME' },
    group: { roles: [...GROUP_STAFF, 'auditor'], scope: 'GROUP', team: true },
    groups: { roles: [...GROUP_STAFF, 'auditor'], scope: 'PROGRAMME', team: true },
    // Partner systems' webhook endpoints are programme configuration: admins; an endpoint by id is checked by the
    // service against its programme (unknown or out of scope: NOT_FOUND).
    webhookEndpoints: { roles: ADMIN, scope: 'PROGRAMME' },
    webhookDeliveries: { roles: ADMIN, scope: 'RECORD' },
  },
  Mutation: {
    revealNik: { roles: AUDIT, scope: 'BENEFICIARY' },
    revealPhone: { roles: AUDIT, scope: 'BENEFICIARY' },
    // Erasure on request is a programme decision taken where the person is known: managers in scope
    // (admins configure programmes and never see people; auditors change nothing).
    eraseBeneficiary: { roles: ['manager'], scope: 'BENEFICIARY' },
    // Facilitators request the WEEKLY_FACILITATOR report of their own caseload only (checked by the service).
    requestReport: { roles: [...REPORT_READERS, 'facilitator'], scope: 'REPORT', ownCaseload: true },
    // The facilitator's weekly narrative (laporan mingguan), for themselves.
    recordWeeklyNarrative: { roles: ['facilitator'], scope: 'PROGRAMME', ownCaseload: true },
    // Cohorts are programme set-up: admins and managers, for a programme and region in their scope.
    createCohort: { roles: ['admin', 'manager'], scope: 'PLACE', action: 'cohort.create' },
    updateCohort: { roles: ['admin', 'manager'], scope: 'COHORT', action: 'cohort.update' },
    recordSelectionRefusal: { roles: ENROLERS, scope: 'PLACE', action: 'selection.refuse' },
    enrollBeneficiary: { roles: ENROLERS, scope: 'ENROLMENT' },
    enrollBeneficiariesCsv: { roles: ENROLERS, scope: 'ENROLMENT' },
    // A large file in the background: the programme here, each row's region when the row is enrolled.
    startEnrolmentImport: { roles: ENROLERS, scope: 'ENROLMENT' },
    // A person's inclusion data is recorded by whoever enrols and follows them: their facilitator, managers.
    recordFunctioning: { roles: ENROLERS, scope: 'JOURNEY', ownCaseload: true },
    recordAccommodationNeeds: { roles: ENROLERS, scope: 'JOURNEY', ownCaseload: true },
    recordSessionAttendance: {
      roles: command('recordAttendance').roles,
      scope: 'ENTRIES',
      command: 'recordAttendance',
    },
    // A device's batch: each record is checked as its command (roles, journey scope, own caseload) by the service.
    syncFieldRecords: {
      roles: CALLER_ROLES.filter((r) =>
        FIELD_RECORD_KINDS.some((k) =>
          (COMMAND_POLICY[FIELD_RECORD_COMMANDS[k]].roles as readonly string[]).includes(r),
        ),
      ),
      scope: 'ENTRIES',
    },
    approveLateRecord: { roles: ['manager'], scope: 'JOURNEY' },
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
    // The receiving organisation's partner answers a referral naming it.
    recordReferralAnswer: { ...command('recordReferralAnswer'), partner: 'REFERRAL' },
    exitJourney: command('exit'),
    withdraw: command('withdraw'),
    pauseJourney: command('pause'),
    resumeJourney: command('resume'),
    reassignFacilitator: command('reassignFacilitator'),
    assignPartner: command('assignPartner'),
    correctData: command('correctData'),
    migrateJourneyRules: command('migrateRules'),
    assignModuleMentor: command('assignModuleMentor'),
    submitCapitalProposal: command('submitCapitalProposal'),
    decideCapitalProposal: command('decideCapitalProposal'),
    recordCapitalReceipt: command('recordCapitalReceipt'),
    openMarketChannel: command('openMarketChannel'),
    recordSatisfaction: command('recordSatisfaction'),
    recordIntensiveVisit: command('recordIntensiveVisit'),
    recordTerminationAlternativeAnswer: command('recordTerminationAlternativeAnswer'),
    recordFollowUpPlan: command('recordFollowUpPlan'),
    recordMentoringVisit: command('recordMentoringVisit'),
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
    assignStaff: { roles: STAFFING, scope: 'PROGRAMME', action: 'staff.assign' },
    endStaffAssignment: { roles: STAFFING, scope: 'PROGRAMME', action: 'staff.end' },
    // The manager, or the coordinator of both facilitators (checked by the service); each journey's
    // reassignment is the journey command reassignFacilitator.
    handOverCaseload: { roles: ['manager', 'coordinator'], scope: 'PROGRAMME', team: true },
    createProgramme: { roles: ADMIN, scope: 'NONE', action: 'programme.create' },
    updateProgramme: { roles: ADMIN, scope: 'NONE', action: 'programme.update' },
    publishProgrammeRules: { roles: ADMIN, scope: 'NONE', action: 'programmeRules.publish' },
    // Admins set programmes up; the service checks each of the organisation's programmes is in their scope.
    createOrganisation: { roles: ['admin'], scope: 'NONE' },
    // A facilitator forms groups they facilitate, a coordinator their team's (checked by the service).
    createGroup: { roles: GROUP_STAFF, scope: 'PLACE', team: true, action: 'group.create' },
    changeGroupStatus: group('group.status'),
    addGroupMembers: group('group.member.add'),
    endGroupMembership: group('group.member.end'),
    changeGroupMemberRole: group('group.member.role'),
    recordBusinessPlan: group('group.plan'),
    recordGroupCapital: group('group.capital'),
    recordGroupReport: group('group.report'),
    // A learning group's session for every member: the roles of the journey command each member's copy runs. The
    // service checks the group's programme and region (RECORD), that a facilitator facilitates the group, and
    // each member's journey as that command would (scope, own caseload; a mentor's module in the machine).
    scheduleGroupSession: { ...command('scheduleSession'), scope: 'RECORD' },
    recordGroupAttendance: { ...command('recordAttendance'), scope: 'RECORD' },
    registerWebhookEndpoint: { roles: ADMIN, scope: 'PROGRAMME', action: 'webhook.register' },
    updateWebhookEndpoint: { roles: ADMIN, scope: 'RECORD', action: 'webhook.update' },
    disableWebhookEndpoint: { roles: ADMIN, scope: 'RECORD', action: 'webhook.disable' },
    rotateWebhookSecret: { roles: ADMIN, scope: 'RECORD', action: 'webhook.rotateSecret' },
    replayWebhookDeliveries: { roles: ADMIN, scope: 'RECORD', action: 'webhook.replay' },
  },
  // Live updates (docs/live-updates.md): the readers of what they follow, every event checked again when sent.
  Subscription: {
    // The journey's readers, as Query.journey: the journey in scope, for the subscription and each event.
    journeyChanged: { roles: [...READERS, 'coordinator', 'partner'], scope: 'JOURNEY', partner: 'ASSIGNED' },
    // A facilitator's own caseload (myCaseload); a coordinator's team; a manager's programmes and regions.
    caseloadChanged: { roles: ['facilitator', 'coordinator', 'manager'], scope: 'EVENTS', team: true },
    // The report job's readers, as Query.reportJob.
    reportJobChanged: { roles: REPORT_READERS, scope: 'REPORT_JOB' },
    // The import's readers, as Query.enrolmentImport: the import in scope (a facilitator's own) at the start and for
    // each event, where the import is read.
    enrolmentImportChanged: { roles: ENROLERS, scope: 'RECORD', ownCaseload: true },
  },
};

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
  Group: 'group',
};

/**
 * Every Query and Mutation field: which roles may call it and how it is scope-checked. Enforced
 * for every root field by api/auth/access.middleware.ts; a field missing here is refused to
 * everybody (fail closed), and test/unit/api/access-policy.test.ts fails when the schema and this
 * table disagree. The role table of docs/security.md is generated from it (npm run docs:access).
 * `node(id:)` is open to exactly the roles that may read some type by id; the check then applies the
 * rule of the id's type (NODE_QUERIES).
 */
export const ACCESS_POLICY: typeof RULES = {
  Query: {
    ...RULES.Query,
    node: {
      roles: CALLER_ROLES.filter((r) => NODE_TYPES.some((t) => RULES.Query[NODE_QUERIES[t]].roles.includes(r))),
      scope: 'NODE',
    },
  },
  Mutation: RULES.Mutation,
  Subscription: RULES.Subscription,
};

export type RootType = keyof typeof ACCESS_POLICY;

export const ROOT_TYPES: readonly RootType[] = ['Query', 'Mutation', 'Subscription'];
const isRootType = (type: string): type is RootType => (ROOT_TYPES as readonly string[]).includes(type);

export function ruleOf(type: string, field: string): FieldRule | null {
  if (!isRootType(type)) return null;
  const table = ACCESS_POLICY[type];
  return Object.prototype.hasOwnProperty.call(table, field) ? table[field] : null;
}

const SCOPE_TEXT: Record<ScopeRule, string> = {
  NONE: 'none',
  JOURNEY: 'journey in scope',
  BENEFICIARY: 'beneficiary in scope',
  ENROLMENT: 'programme and region enrolled into',
  PROGRAMME: 'programme in scope, region filter inside own regions, counts in own regions',
  LIST: 'rows limited to scope',
  ENTRIES: 'each entry in scope',
  AUDIT_FILTER: 'filter by a journey, or a programme and region, in scope (unless scope is *)',
  REPORT: 'programme and region prefix of the report in scope',
  REPORT_JOB: "report's programme and regions in scope",
  PLACE: 'programme and region of the record',
  RECORD: "the record's programme and region in scope",
  COHORT: "the cohort's programme in scope, its region overlapping the caller's",
  GROUP: "the group's programme and region in scope; facilitators: groups they facilitate",
  EVENTS: "each event's journey in scope when sent; facilitators: their own caseload",
  NODE: `as the query of the id's type (${NODE_TYPES.map((t) => `${t}: \`${NODE_QUERIES[t]}\``).join(', ')})`,
};

const PARTNER_TEXT: Record<NonNullable<FieldRule['partner']>, string> = {
  ASSIGNED: 'journeys assigned to their organisations',
  REFERRAL: 'referrals naming their organisation',
};

/** The role table of docs/security.md (between the access-table markers), generated from ACCESS_POLICY. */
export function accessTableMarkdown(): string {
  const head =
    `| Type | Field | ${CALLER_ROLES.join(' | ')} | Scope check |\n` +
    `|---|---|${CALLER_ROLES.map(() => ':-:').join('|')}|---|`;
  const lines: string[] = [];
  for (const type of ROOT_TYPES) {
    for (const [field, rule] of Object.entries(ACCESS_POLICY[type]).sort(([a], [b]) => a.localeCompare(b))) {
      const scope =
        (rule.anonymous ? 'public: no account needed; ' : '') +
        SCOPE_TEXT[rule.scope] +
        (rule.ownCaseload && rule.roles.includes('facilitator')
          ? rule.scope === 'JOURNEY'
            ? '; facilitators: own or unassigned journeys'
            : '; facilitators: own caseload only'
          : '') +
        (rule.command && rule.roles.includes('mentor') ? '; mentors: only the modules assigned to them' : '') +
        (rule.roles.includes('coordinator') && (rule.team || rule.scope === 'JOURNEY')
          ? '; coordinators: their team only (facilitators they coordinate)'
          : '') +
        (rule.partner && rule.roles.includes('partner') ? `; partners: ${PARTNER_TEXT[rule.partner]}` : '') +
        (rule.command ? ` (command \`${rule.command}\`)` : '') +
        (type === 'Subscription' ? '; checked again for every event sent' : '');
      const cells = CALLER_ROLES.map((r) => (rule.roles.includes(r) ? 'yes' : '—'));
      lines.push(`| ${type} | \`${field}\` | ${cells.join(' | ')} | ${scope} |`);
    }
  }
  return `${head}\n${lines.join('\n')}`;
}
