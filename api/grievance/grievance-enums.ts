import { registerEnumType } from 'type-graphql';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_PRIORITIES,
  COMPLAINT_SUBJECTS,
} from '../../domain/complaint/complaint.machine';
import { CONFLICT_CATEGORIES, CONFLICT_TYPES, RESOLUTION_METHODS } from '../../domain/conflict/conflict.rules';
import {
  AT_RISK_GROUPS,
  SAFEGUARDING_ACTIONS,
  SAFEGUARDING_CATEGORIES,
} from '../../domain/safeguarding/safeguarding.rules';

/**
 * GraphQL enums for complaints, conflicts and safeguarding reports, built from the domain's code lists (one
 * source).
 */
const enumOf = <T extends string>(codes: readonly T[]) =>
  Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };

export const ComplaintSubjectCode = enumOf(COMPLAINT_SUBJECTS);
export const ComplaintCategoryCode = enumOf(COMPLAINT_CATEGORIES);
export const ComplaintPriorityCode = enumOf(COMPLAINT_PRIORITIES);
export const ComplaintOutcomeCode = enumOf(COMPLAINT_OUTCOMES);
export const ComplaintStatusCode = enumOf(['RECEIVED', 'TRIAGED', 'ANSWERED', 'CLOSED'] as const);
export const ConflictTypeCode = enumOf(CONFLICT_TYPES);
export const ConflictCategoryCode = enumOf(CONFLICT_CATEGORIES);
export const ResolutionMethodCode = enumOf(RESOLUTION_METHODS);
export const ConflictStatusCode = enumOf(['OPEN', 'RESOLVED'] as const);
export const SafeguardingCategoryCode = enumOf(SAFEGUARDING_CATEGORIES);
export const AtRiskGroupCode = enumOf(AT_RISK_GROUPS);
export const SafeguardingActionCode = enumOf(SAFEGUARDING_ACTIONS);
export const SafeguardingStatusCode = enumOf(['OPEN', 'CLOSED'] as const);

registerEnumType(ComplaintSubjectCode, {
  name: 'ComplaintSubject',
  description:
    "What a complaint is about: a JOURNEY (one beneficiary's assistance), a FACILITATOR (pendamping), a GROUP " +
    'or the PROGRAMME as a whole.',
  valuesConfig: {
    JOURNEY: { description: "One beneficiary's journey (subjectRef = journey id)." },
    FACILITATOR: { description: 'A facilitator (pendamping).' },
    GROUP: { description: 'A group of participants.' },
    PROGRAMME: { description: 'The programme as a whole.' },
  },
});
registerEnumType(ComplaintCategoryCode, {
  name: 'ComplaintCategory',
  description:
    'Category set at triage: SERVICE_QUALITY, FACILITATOR_CONDUCT, ASSISTANCE_OR_FUNDS, SELECTION (targeting), ' +
    'COMMUNICATION, DISCRIMINATION or OTHER.',
  valuesConfig: {
    SERVICE_QUALITY: { description: 'Quality of the activities or services.' },
    FACILITATOR_CONDUCT: { description: "A facilitator's or staff member's conduct." },
    ASSISTANCE_OR_FUNDS: { description: 'Assistance, grants or funds (amount, delay, fairness).' },
    SELECTION: { description: 'Targeting and selection of participants.' },
    COMMUNICATION: { description: 'Information given late, unclear or inconsistent.' },
    DISCRIMINATION: { description: 'Unequal treatment (gender, religion, ethnicity, disability, status).' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(ComplaintPriorityCode, {
  name: 'ComplaintPriority',
  description: 'Priority set at triage: LOW, NORMAL, HIGH or URGENT.',
  valuesConfig: {
    LOW: { description: 'Can wait for the normal response time.' },
    NORMAL: { description: 'Normal.' },
    HIGH: { description: 'Handle before normal ones.' },
    URGENT: { description: 'Handle at once.' },
  },
});
registerEnumType(ComplaintOutcomeCode, {
  name: 'ComplaintOutcome',
  description:
    'How a closed complaint ended: RESOLVED, PARTLY_RESOLVED, NOT_UPHELD, WITHDRAWN (by the complainant) or ' +
    'REFERRED (to another body).',
  valuesConfig: {
    RESOLVED: { description: 'The complaint was upheld and resolved.' },
    PARTLY_RESOLVED: { description: 'Partly upheld or partly resolved.' },
    NOT_UPHELD: { description: 'Examined and not upheld.' },
    WITHDRAWN: { description: 'Withdrawn by the filer.' },
    REFERRED: { description: 'Referred to another body.' },
  },
});
registerEnumType(ComplaintStatusCode, {
  name: 'ComplaintStatus',
  description: 'RECEIVED (filed), TRIAGED (category, priority, assignee set), ANSWERED, CLOSED (with an outcome).',
  valuesConfig: {
    RECEIVED: { description: 'Filed, not yet triaged.' },
    TRIAGED: { description: 'Category, priority and assignee set; waiting for the answer.' },
    ANSWERED: { description: 'Answered; the filer can read the answer.' },
    CLOSED: { description: 'Closed with an outcome.' },
  },
});
registerEnumType(ConflictTypeCode, {
  name: 'ConflictType',
  description:
    'Conflict type (domain spec 7.3): COMMUNICATION, INTEREST, TECHNICAL_OPERATIONAL, SOCIO_CULTURAL or OTHER.',
  valuesConfig: {
    COMMUNICATION: { description: 'Misunderstanding from inconsistent information (typically minor).' },
    INTEREST: { description: 'Interests seen as unequal, e.g. fund allocation (typically moderate).' },
    TECHNICAL_OPERATIONAL: {
      description: 'Technical or operational, e.g. late delivery of tools (typically moderate).',
    },
    SOCIO_CULTURAL: {
      description: 'Socio-cultural, e.g. an activity seen as against customary values (typically major).',
    },
    OTHER: { description: 'Any other conflict.' },
  },
});
registerEnumType(ConflictCategoryCode, {
  name: 'ConflictCategory',
  description:
    'MINOR: individuals or small groups, no significant effect; MODERATE: may affect some activities but not ' +
    'stop the programme; MAJOR: many parties or sensitive issues that could stop the whole programme ' +
    '(rules README, Sources of the process: conflicts).',
  valuesConfig: {
    MINOR: { description: 'Individuals or small groups; no significant effect on the programme.' },
    MODERATE: { description: 'May affect some activities but does not stop the programme.' },
    MAJOR: {
      description: 'Many parties or sensitive issues; could stop the whole programme. Notifies the manager at once.',
    },
  },
});
registerEnumType(ResolutionMethodCode, {
  name: 'ResolutionMethod',
  description:
    'How a conflict was resolved: MEDIATION, NEGOTIATION, FACILITATION or DIALOGUE (rules README, Sources of the ' +
    'process: conflicts).',
  valuesConfig: {
    MEDIATION: { description: 'A neutral mediator (e.g. community or customary leaders).' },
    NEGOTIATION: { description: 'The parties negotiate an agreement.' },
    FACILITATION: { description: 'Facilitated discussion, clarification meeting or joint re-planning.' },
    DIALOGUE: { description: 'Cultural or community dialogue.' },
  },
});
registerEnumType(ConflictStatusCode, {
  name: 'ConflictStatus',
  description: 'OPEN until resolved; RESOLVED with method, outcome and lessons learned.',
  valuesConfig: {
    OPEN: { description: 'Not yet resolved.' },
    RESOLVED: { description: 'Resolved, with method, outcome and lessons learned.' },
  },
});
registerEnumType(SafeguardingCategoryCode, {
  name: 'SafeguardingCategory',
  description:
    'What a safeguarding report concerns (domain spec 7.4): EXPLOITATION, VIOLENCE, HARASSMENT, ' +
    'DISCRIMINATION or OTHER.',
  valuesConfig: {
    EXPLOITATION: { description: 'Exploitation (e.g. child labour in activities).' },
    VIOLENCE: { description: 'Violence.' },
    HARASSMENT: { description: 'Harassment.' },
    DISCRIMINATION: { description: 'Discrimination.' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(AtRiskGroupCode, {
  name: 'AtRiskGroup',
  description:
    'Groups the policy protects especially: CHILD, WOMAN, ELDERLY, PERSON_WITH_DISABILITY (rules README, Sources of ' +
    'the process: safeguarding).',
  valuesConfig: {
    CHILD: { description: 'Children.' },
    WOMAN: { description: 'Women.' },
    ELDERLY: { description: 'Elderly people.' },
    PERSON_WITH_DISABILITY: { description: 'Persons with disabilities.' },
  },
});
registerEnumType(SafeguardingActionCode, {
  name: 'SafeguardingActionKind',
  description:
    'A handling step: victim support (PSYCHOLOGICAL_SUPPORT, MEDICAL_SUPPORT, LEGAL_SUPPORT), ' +
    'REFERRAL_TO_AUTHORITIES, FINDING_PROVEN / FINDING_NOT_PROVEN, sanctions (PARTICIPANT_EXITED through the ' +
    'journey, STAFF_SANCTIONED, PARTNER_COOPERATION_ENDED), CLOSED.',
  valuesConfig: {
    PSYCHOLOGICAL_SUPPORT: { description: 'Counselling or psychological help for the victim.' },
    MEDICAL_SUPPORT: { description: 'Medical help for the victim.' },
    LEGAL_SUPPORT: { description: 'Legal assistance for the victim.' },
    REFERRAL_TO_AUTHORITIES: { description: 'Referred to (or victim accompanied to) the authorities.' },
    FINDING_PROVEN: { description: 'The report was found proven.' },
    FINDING_NOT_PROVEN: { description: 'The report was not proven.' },
    PARTICIPANT_EXITED: {
      description: "A participant's journey exited as a safeguarding sanction (applySafeguardingSanction).",
    },
    STAFF_SANCTIONED: { description: 'A staff member was sanctioned.' },
    PARTNER_COOPERATION_ENDED: { description: 'Cooperation with a non-compliant partner ended.' },
    CLOSED: { description: 'Handling finished.' },
  },
});
registerEnumType(SafeguardingStatusCode, {
  name: 'SafeguardingStatus',
  description: 'OPEN while being handled; CLOSED.',
  valuesConfig: { OPEN: { description: 'Being handled.' }, CLOSED: { description: 'Handling finished.' } },
});
