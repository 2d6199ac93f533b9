import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_PRIORITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
} from '../../domain/complaint/complaint.machine';
import {
  CONFLICT_CATEGORIES,
  CONFLICT_STATUSES,
  CONFLICT_TYPES,
  RESOLUTION_METHODS,
} from '../../domain/conflict/conflict.rules';
import {
  AT_RISK_GROUPS,
  SAFEGUARDING_ACTIONS,
  SAFEGUARDING_CATEGORIES,
  SAFEGUARDING_FINDINGS,
  SAFEGUARDING_STATUSES,
} from '../../domain/safeguarding/safeguarding.rules';
import { codeEnum } from '../shared/code-enum';

/**
 * GraphQL enums for complaints, conflicts and safeguarding reports, built from the domain's code lists (one
 * source).
 */
export const ComplaintSubjectCode = codeEnum(
  'ComplaintSubject',
  COMPLAINT_SUBJECTS,
  "What a complaint is about: a JOURNEY (one beneficiary's assistance), a FACILITATOR (pendamping), a GROUP " +
    'or the PROGRAMME as a whole.',
  {
    JOURNEY: "One beneficiary's journey (subjectRef = journey id).",
    FACILITATOR: 'A facilitator (pendamping).',
    GROUP: 'A group of participants.',
    PROGRAMME: 'The programme as a whole.',
  },
);

export const ComplaintCategoryCode = codeEnum(
  'ComplaintCategory',
  COMPLAINT_CATEGORIES,
  'Category set at triage: SERVICE_QUALITY, FACILITATOR_CONDUCT, ASSISTANCE_OR_FUNDS, SELECTION (targeting), ' +
    'COMMUNICATION, DISCRIMINATION or OTHER.',
  {
    SERVICE_QUALITY: 'Quality of the activities or services.',
    FACILITATOR_CONDUCT: "A facilitator's or staff member's conduct.",
    ASSISTANCE_OR_FUNDS: 'Assistance, grants or funds (amount, delay, fairness).',
    SELECTION: 'Targeting and selection of participants.',
    COMMUNICATION: 'Information given late, unclear or inconsistent.',
    DISCRIMINATION: 'Unequal treatment (gender, religion, ethnicity, disability, status).',
    OTHER: 'Anything else.',
  },
);

export const ComplaintPriorityCode = codeEnum(
  'ComplaintPriority',
  COMPLAINT_PRIORITIES,
  'Priority set at triage: LOW, NORMAL, HIGH or URGENT.',
  {
    LOW: 'Can wait for the normal response time.',
    NORMAL: 'Normal.',
    HIGH: 'Handle before normal ones.',
    URGENT: 'Handle at once.',
  },
);

export const ComplaintOutcomeCode = codeEnum(
  'ComplaintOutcome',
  COMPLAINT_OUTCOMES,
  'How a closed complaint ended: RESOLVED, PARTLY_RESOLVED, NOT_UPHELD, WITHDRAWN (by the complainant) or ' +
    'REFERRED (to another body).',
  {
    RESOLVED: 'The complaint was upheld and resolved.',
    PARTLY_RESOLVED: 'Partly upheld or partly resolved.',
    NOT_UPHELD: 'Examined and not upheld.',
    WITHDRAWN: 'Withdrawn by the filer.',
    REFERRED: 'Referred to another body.',
  },
);

export const ComplaintStatusCode = codeEnum(
  'ComplaintStatus',
  COMPLAINT_STATUSES,
  'RECEIVED (filed), TRIAGED (category, priority, assignee set), ANSWERED, CLOSED (with an outcome).',
  {
    RECEIVED: 'Filed, not yet triaged.',
    TRIAGED: 'Category, priority and assignee set; waiting for the answer.',
    ANSWERED: 'Answered; the filer can read the answer.',
    CLOSED: 'Closed with an outcome.',
  },
);

export const ConflictTypeCode = codeEnum(
  'ConflictType',
  CONFLICT_TYPES,
  'Conflict type (domain spec 7.3): COMMUNICATION, INTEREST, TECHNICAL_OPERATIONAL, SOCIO_CULTURAL or OTHER.',
  {
    COMMUNICATION: 'Misunderstanding from inconsistent information (typically minor).',
    INTEREST: 'Interests seen as unequal, e.g. fund allocation (typically moderate).',
    TECHNICAL_OPERATIONAL: 'Technical or operational, e.g. late delivery of tools (typically moderate).',
    SOCIO_CULTURAL: 'Socio-cultural, e.g. an activity seen as against customary values (typically major).',
    OTHER: 'Any other conflict.',
  },
);

export const ConflictCategoryCode = codeEnum(
  'ConflictCategory',
  CONFLICT_CATEGORIES,
  'MINOR: individuals or small groups, no significant effect; MODERATE: may affect some activities but not ' +
    'stop the programme; MAJOR: many parties or sensitive issues that could stop the whole programme ' +
    '(rules README, Sources of the process: conflicts).',
  {
    MINOR: 'Individuals or small groups; no significant effect on the programme.',
    MODERATE: 'May affect some activities but does not stop the programme.',
    MAJOR: 'Many parties or sensitive issues; could stop the whole programme. Notifies the manager at once.',
  },
);

export const ResolutionMethodCode = codeEnum(
  'ResolutionMethod',
  RESOLUTION_METHODS,
  'How a conflict was resolved: MEDIATION, NEGOTIATION, FACILITATION or DIALOGUE (rules README, Sources of the ' +
    'process: conflicts).',
  {
    MEDIATION: 'A neutral mediator (e.g. community or customary leaders).',
    NEGOTIATION: 'The parties negotiate an agreement.',
    FACILITATION: 'Facilitated discussion, clarification meeting or joint re-planning.',
    DIALOGUE: 'Cultural or community dialogue.',
  },
);

export const ConflictStatusCode = codeEnum(
  'ConflictStatus',
  CONFLICT_STATUSES,
  'OPEN until resolved; RESOLVED with method, outcome and lessons learned.',
  {
    OPEN: 'Not yet resolved.',
    RESOLVED: 'Resolved, with method, outcome and lessons learned.',
  },
);

export const SafeguardingCategoryCode = codeEnum(
  'SafeguardingCategory',
  SAFEGUARDING_CATEGORIES,
  'What a safeguarding report concerns (domain spec 7.4): EXPLOITATION, VIOLENCE, HARASSMENT, ' +
    'DISCRIMINATION or OTHER.',
  {
    EXPLOITATION: 'Exploitation (e.g. child labour in activities).',
    VIOLENCE: 'Violence.',
    HARASSMENT: 'Harassment.',
    DISCRIMINATION: 'Discrimination.',
    OTHER: 'Anything else.',
  },
);

export const AtRiskGroupCode = codeEnum(
  'AtRiskGroup',
  AT_RISK_GROUPS,
  'Groups the policy protects especially: CHILD, WOMAN, ELDERLY, PERSON_WITH_DISABILITY (rules README, Sources of ' +
    'the process: safeguarding).',
  {
    CHILD: 'Children.',
    WOMAN: 'Women.',
    ELDERLY: 'Elderly people.',
    PERSON_WITH_DISABILITY: 'Persons with disabilities.',
  },
);

export const SafeguardingActionCode = codeEnum(
  'SafeguardingActionKind',
  SAFEGUARDING_ACTIONS,
  'A handling step: victim support (PSYCHOLOGICAL_SUPPORT, MEDICAL_SUPPORT, LEGAL_SUPPORT), ' +
    'REFERRAL_TO_AUTHORITIES, FINDING_PROVEN / FINDING_NOT_PROVEN, sanctions (PARTICIPANT_EXITED through the ' +
    'journey, STAFF_SANCTIONED, PARTNER_COOPERATION_ENDED), CLOSED.',
  {
    PSYCHOLOGICAL_SUPPORT: 'Counselling or psychological help for the victim.',
    MEDICAL_SUPPORT: 'Medical help for the victim.',
    LEGAL_SUPPORT: 'Legal assistance for the victim.',
    REFERRAL_TO_AUTHORITIES: 'Referred to (or victim accompanied to) the authorities.',
    FINDING_PROVEN: 'The report was found proven.',
    FINDING_NOT_PROVEN: 'The report was not proven.',
    PARTICIPANT_EXITED: "A participant's journey exited as a safeguarding sanction (applySafeguardingSanction).",
    STAFF_SANCTIONED: 'A staff member was sanctioned.',
    PARTNER_COOPERATION_ENDED: 'Cooperation with a non-compliant partner ended.',
    CLOSED: 'Handling finished.',
  },
);

export const SafeguardingStatusCode = codeEnum(
  'SafeguardingStatus',
  SAFEGUARDING_STATUSES,
  'OPEN while being handled; CLOSED.',
  {
    OPEN: 'Being handled.',
    CLOSED: 'Handling finished.',
  },
);

export const SafeguardingFindingCode = codeEnum(
  'SafeguardingFinding',
  SAFEGUARDING_FINDINGS,
  "The safeguarding team's finding on a report.",
  {
    PROVEN: 'The report was found proven (sanctions may follow).',
    NOT_PROVEN: 'The report was not proven.',
  },
);
