import { SEXES } from '../../domain/beneficiary/personal-data.rules';
import {
  DEADLINE_KINDS,
  ESCALATION_LEVELS,
  JOURNEY_STAGES,
  JOURNEY_STATUSES,
  ROLES,
  WELFARE_SOURCES,
} from '../../domain/journey/journey-codes';
import { NEXT_ACTIONS } from '../../domain/journey/journey-next-action.machine';
import { WELFARE_LEVELS } from '../../domain/programme/programme-rules.types';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of a journey's codes, built from the domain's lists (domain/journey/journey-codes.ts). */
export const JourneyStageCode = codeEnum(
  'JourneyStage',
  JOURNEY_STAGES,
  'Where the beneficiary is in the programme (domain spec section 3). COMPLETED, TERMINATED, EXITED and ' +
    'WITHDRAWN are final.',
  {
    ENROLLED: "Enrolled; waiting for the facilitator's needs assessment (asesmen kebutuhan).",
    PLANNING: 'Assessment in and modules proposed; waiting for a manager to approve the plan.',
    IN_INTERVENTION: 'The approved intervention modules are running (sessions, attendance, module evaluations).',
    RE_EVALUATION:
      "Modules (or an intensive-support cycle) done; waiting for the facilitator's re-evaluation (evaluasi ulang).",
    GRADUATION_REVIEW:
      "Re-evaluation in and a graduation proposal computed; waiting for the manager's decision (GRADUATE " +
      'or NOT_YET).',
    NOT_GRADUATED:
      'Manager decided NOT_YET: the facilitator evaluates the causes with the beneficiary, then starts ' +
      'intensive support.',
    INTENSIVE_SUPPORT:
      'An intensive support (pendampingan intensif) cycle is running; at its planned end the journey moves ' +
      'to re-evaluation.',
    TERMINATION_REVIEW:
      'The configured intensive cycles brought no significant change; waiting for the manager: another cycle ' +
      'or termination.',
    GRADUATED:
      'Graduated (lulus, after Graduation (graduasi)): post-graduation follow-ups and an optional referral ' +
      'to a more advanced programme.',
    COMPLETED: 'Final: graduated and the last follow-up recorded.',
    TERMINATED: 'Final: assistance terminated (penghentian bantuan), alternative programmes offered.',
    EXITED: 'Final: ended by a manager (exit, death, relocation or sanction).',
    WITHDRAWN: 'Final: the beneficiary withdrew.',
  },
);

export const JourneyStatusCode = codeEnum(
  'JourneyStatus',
  JOURNEY_STATUSES,
  'Whether the journey is running, paused by a manager, or finished.',
  {
    ACTIVE: 'Open and running: deadlines count.',
    PAUSED: 'Paused by a manager: module clocks and deadlines stop until resumeJourney.',
    CLOSED: 'In a final stage (COMPLETED, TERMINATED, EXITED or WITHDRAWN); no more commands.',
  },
);

export const WelfareLevelCode = codeEnum(
  'WelfareLevel',
  WELFARE_LEVELS,
  'Welfare ladder POOR -> VULNERABLE -> MIDDLE -> STABLE (rules README, Sources of the process: welfare ladder), ' +
    'derived by the server from monthly family income divided by the regional minimum wage (UMK/UMR), with ' +
    'thresholds from the programme rules.',
  {
    POOR: 'Poor (miskin): the lowest level.',
    VULNERABLE: 'Vulnerable (rentan).',
    MIDDLE: 'Middle (menengah).',
    STABLE: 'Stable (stabil): the top of the ladder.',
  },
);

export const WelfareSourceCode = codeEnum('WelfareSource', WELFARE_SOURCES, 'What produced a welfare level.', {
  ASSESSMENT: 'The needs assessment (asesmen kebutuhan).',
  RE_EVALUATION: 'A re-evaluation (evaluasi ulang).',
  FOLLOW_UP: 'A post-graduation follow-up.',
});

export const SexCode = codeEnum('Sex', SEXES, 'Sex of the beneficiary, for disaggregated (data terpilah) reporting.', {
  FEMALE: 'Female (perempuan).',
  MALE: 'Male (laki-laki).',
});

export const RoleCode = codeEnum('Role', ROLES, 'A role a person acts in on a journey, or system for timers.', {
  facilitator: 'Facilitator (pendamping): field work with the beneficiary.',
  manager: "Programme manager: decisions that change a person's path.",
  auditor: 'Auditor: reads journeys and the audit log.',
  viewer: 'Viewer: reads journeys and figures.',
  admin: 'Administrator: configures programmes; takes no part in journeys.',
  safeguarding: 'Safeguarding team: handles safeguarding reports.',
  coordinator: 'Field coordinator (koordinator lapangan): oversees the facilitators assigned to them.',
  partner: 'Implementing partner (mitra pelaksana): acts for its organisation.',
  mentor: 'Mentor: delivers the modules assigned to them.',
  government: 'Local government (pemda, desa): aggregated figures of its regions.',
  donor: 'Donor: aggregated figures of the programmes it funds.',
  system: "The journey's own timers (deadlines); nobody has to act.",
});

export const NextActionKindCode = codeEnum(
  'NextActionKind',
  NEXT_ACTIONS,
  'The mutation a journey waits for next (its name), or NONE when nobody has to act.',
  {
    submitAssessment: 'submitAssessment: the needs assessment.',
    approvePlan: 'approvePlan: the manager approves the proposed modules.',
    scheduleSession: 'scheduleSession: the next session of a running module.',
    recordAttendance: 'recordAttendance: attendance of a scheduled session.',
    recordModuleEvaluation: 'recordModuleEvaluation: the planned sessions are held; evaluate the module.',
    submitReEvaluation: 'submitReEvaluation: the re-evaluation.',
    decideGraduation: "decideGraduation: the manager's graduation decision.",
    recordCommunication: 'recordCommunication: tell the beneficiary the pending decision.',
    recordNotGraduatedEvaluation: 'recordNotGraduatedEvaluation: evaluate the causes with the beneficiary.',
    startIntensiveSupport: 'startIntensiveSupport: the focused action plan.',
    decideTermination: "decideTermination: the manager's decision after intensive support.",
    recordFollowUp: 'recordFollowUp: the next post-graduation follow-up.',
    recordReferralAnswer: "recordReferralAnswer: the receiving programme's answer to the referral.",
    recordIntensiveVisit: 'recordIntensiveVisit: the next visit of the running intensive-support cycle.',
    recordTerminationAlternativeAnswer:
      "recordTerminationAlternativeAnswer: the beneficiary's answer to an alternative offered at termination.",
    recordFollowUpPlan:
      "recordFollowUpPlan: the graduate's individual follow-up plan (Rencana Tindak Lanjut Individu).",
    recordMentoringVisit: 'recordMentoringVisit: the next post-graduation mentoring visit.',
    resume: 'resumeJourney: the journey is paused.',
    submitCapitalProposal:
      'submitCapitalProposal: a module whose sessions and evaluation are done waits for a capital proposal ' +
      '(CAPITAL_ACCESS under default v5).',
    openMarketChannel: 'openMarketChannel: a module whose sessions and evaluation are done waits for a market channel.',
    NONE: 'Nobody has to act (a timer moves the journey on, or it is closed).',
  },
);

export const DeadlineKindCode = codeEnum('DeadlineKind', DEADLINE_KINDS, 'What a deadline waits for.', {
  ASSESSMENT: 'The needs assessment after enrolment.',
  PLAN_APPROVAL: "The manager's approval of the proposed plan.",
  MODULE_START: 'The first session of a module.',
  MODULE_END: 'The planned end of a module.',
  RE_EVALUATION: 'The re-evaluation after the plan or an intensive cycle.',
  INTENSIVE_CYCLE_END: 'The planned end of an intensive-support cycle.',
  COMMUNICATION: 'Communicating a decision to the beneficiary.',
  FOLLOW_UP: 'A post-graduation follow-up.',
  INTENSIVE_VISIT:
    "The next visit of an intensive-support cycle: the cycle's visit interval plus the rules' grace after the last " +
    'visit (or the start).',
  ALTERNATIVE_ANSWER: 'The answers to the alternatives offered with a termination.',
});

export const EscalationLevelCode = codeEnum(
  'EscalationLevel',
  ESCALATION_LEVELS,
  "Who an overdue step has reached on the escalation ladder (the programme rules' `escalation`).",
  {
    FACILITATOR: 'The facilitator (pendamping), told when the deadline was missed.',
    COORDINATOR: "The facilitator's field coordinator (koordinator lapangan), told coordinatorAfterDays after it.",
    MANAGER: 'The programme manager: managerAfterDays after it, or at once under rules without a ladder (v1, v2).',
  },
);
