/**
 * The one error catalogue. Every failure a client can see has a stable code here; the GraphQL
 * layer maps a DomainError (or a Temporal failure whose type is one of these codes) to
 * `extensions.code` in exactly one place (api/errors/error-mapping.ts).
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 'Input is malformed or out of range',
  NOT_FOUND: 'The referenced record does not exist',
  DUPLICATE_NIK: 'A beneficiary with this NIK is already enrolled',
  BENEFICIARY_ERASED: "The beneficiary's personal data was erased on request; it cannot be revealed or used again",
  ORGANISATION_ID_TAKEN: 'An organisation with this id already exists with different content',
  WEBHOOK_URL_INVALID: 'The webhook URL is not an absolute http or https URL without a user name or password',
  WEBHOOK_ENDPOINT_DISABLED: 'The webhook endpoint is disabled; register a new endpoint instead',
  WEBHOOK_SECRET_ROTATED:
    "The endpoint's secret was rotated after this registration: a resend no longer answers it (rotate it again)",
  SELECTION_CRITERIA_NOT_MET: "The candidate does not meet the programme's selection criteria",
  COHORT_NOT_FOUND: 'No cohort with this id in this programme; create it first (createCohort)',
  COHORT_ALREADY_EXISTS: 'A cohort with this id already exists with different content; choose another id',
  COHORT_NOT_ENROLLING: 'The cohort does not take enrolments now: its status is not ENROLLING',
  COHORT_REGION_MISMATCH: "The person's region is outside the cohort's region",
  COHORT_OVER_PLANNED_SIZE: 'The cohort is at its planned size and the programme rules refuse enrolling past it',
  COHORT_QUOTA_AT_RISK:
    "Enrolling this person, outside a quota's group, leaves too few seats to meet the quota; the rules refuse it",
  DISABILITY_DISAGREES_WITH_FUNCTIONING:
    "The disability yes/no given contradicts the Washington Group answers under the programme rules' cut-off",
  ETHNICITY_NOT_COLLECTED: 'The programme rules do not collect ethnicity (inclusion.collectEthnicity is false)',
  COMMAND_NOT_ALLOWED_IN_STAGE: "The journey's current stage does not allow this command",
  JOURNEY_PAUSED: 'The journey is paused; resume it first',
  JOURNEY_CLOSED: 'The journey has ended; no further commands are accepted',
  COMMUNICATION_REQUIRED: 'The decision must be communicated to the beneficiary before the journey moves on',
  REASON_REQUIRED: 'This decision requires a written reason',
  FOLLOW_UP_NOT_DUE:
    'This follow-up is not due yet; it can be recorded once its window opens, shortly before its due date',
  VISIT_DATE_OUT_OF_CYCLE:
    'The visit date lies outside the current intensive-support cycle ' +
    '(before its start, after its planned end, or in the future)',
  UNKNOWN_ALTERNATIVE: 'This alternative was not offered with the termination, or it is already answered',
  UNKNOWN_MODULE: 'No such module template, or the module is not in the plan',
  INVALID_PLAN: 'The intervention plan is not valid for the programme rules',
  SESSION_NOT_FOUND: 'No such session in this module',
  NOT_YOUR_MODULE: 'The module is not assigned to you; a mentor acts only on the modules a manager assigned them',
  NOT_YOUR_CASELOAD:
    "Facilitators read figures and request reports for their own caseload only, never another facilitator's",
  WEEK_NOT_VALID: 'weekOf must be the Monday starting an ISO week (YYYY-MM-DD), and not a future week',
  REGION_NOT_COVERED: "The person's region is not among the regions the programme covers",
  PROGRAMME_EXISTS: 'A programme with this id already exists with a different set-up; update it instead',
  INVALID_RULES: 'The programme rules document is not valid; details.problems lists what to fix',
  RULES_VERSION_PUBLISHED:
    'This rules version is already published with a different document; published versions never change',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was already used for a different command',
  STAFF_NOT_ASSIGNED: 'The user is not active in this staff role of the programme',
  CASELOAD_LIMIT_REACHED: "The facilitator's caseload limit would be exceeded; nothing was moved",
  GROUP_NOT_FOUND: 'No group with this id',
  GROUP_STATUS_CHANGE_NOT_ALLOWED: 'The group cannot move from its status to the one asked (DISSOLVED is final)',
  GROUP_DISSOLVED: 'The group is dissolved; it takes no members, sessions, attendance, plans, capital or reports',
  GROUP_MEMBER_NOT_ELIGIBLE:
    "The journey cannot join this group: another programme, outside the group's region, or a stage the group's " +
    'kind does not take',
  ALREADY_A_GROUP_MEMBER: 'The journey is already a current member of this group',
  NOT_A_GROUP_MEMBER: 'The journey is not a member of this group (now, or on the day of the session)',
  GROUP_ROLE_TAKEN: 'Another current member holds this role: a group has one chair, one secretary and one treasurer',
  IN_ANOTHER_LEARNING_GROUP: 'The journey is already a current member of an open learning group for this module',
  NOT_A_BUSINESS_GROUP: 'Business plans, capital and periodic reports are for business groups and cooperatives only',
  GROUP_REPORT_PERIOD_OVERLAPS: "The report's period overlaps a report already recorded for this group",
  SESSION_HOURS_OUTSIDE_TEMPLATE:
    "A session's hours lie outside the template's hours per session and the programme rules refuse it",
  MODULE_MINIMUM_DURATION:
    "The template's minimum duration has not passed since the module's first session; the rules refuse completing it",
  CAPITAL_PROPOSAL_NOT_FOUND: 'The journey has no capital proposal with this id',
  CAPITAL_PROPOSAL_ALREADY_DECIDED: "The capital proposal already has its source's answer",
  CAPITAL_PROPOSAL_NOT_APPROVED: 'Capital is received only on an approved proposal; record the approval first',
  CAPITAL_ALREADY_RECEIVED: 'The capital of this proposal is already recorded as received',
  MARKET_CHANNEL_ALREADY_OPEN: 'This market channel is already open for the person',
  SATISFACTION_NOT_DUE: 'The satisfaction survey is taken at the end of a module or once graduated; it is not due',
  SATISFACTION_ALREADY_RECORDED: 'This satisfaction survey is already recorded',
  LIVELIHOOD_FACTS_INCONSISTENT:
    'The employment or business facts contradict each other (e.g. a wage for a person not in work); nothing changed',
  HOUSEHOLD_SIZE_REQUIRED:
    'The programme rules measure income per capita: the household size is required (from the assessment or here)',
  LATE_RECORD_NEEDS_APPROVAL:
    "The field record is older than the rules allow, or than the journey's last step of its kind: a manager must " +
    'approve it (approveLateRecord) before it is sent again',
  OCCURRED_AT_IN_FUTURE: 'The field record says it happened in the future; check the device clock',
  LISTED_TWICE: 'The same journey is listed more than once in this call; list each member once',
  ATTENDANCE_ALREADY_RECORDED:
    'Another attendance is already recorded for this session; a change is a correction (correctData)',
  QUERY_TOO_COMPLEX: 'The query is too deep, too wide or uses too many aliases; ask for less at once',
  RATE_LIMITED: 'Too many requests from this caller; wait a moment and retry',
  FORBIDDEN: 'Your role does not allow this operation',
  UNAUTHENTICATED: 'Authentication is missing or invalid',
  UPSTREAM_UNAVAILABLE: 'A backing service (PostgreSQL or Temporal) is unavailable; retry later',
  INTERNAL: 'Unexpected server error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
