import { registerEnumType } from 'type-graphql';

/** GraphQL enums mirroring the domain's codes (domain/journey/journey.types.ts). */
export enum JourneyStageCode {
  ENROLLED = 'ENROLLED',
  PLANNING = 'PLANNING',
  IN_INTERVENTION = 'IN_INTERVENTION',
  RE_EVALUATION = 'RE_EVALUATION',
  GRADUATION_REVIEW = 'GRADUATION_REVIEW',
  NOT_GRADUATED = 'NOT_GRADUATED',
  INTENSIVE_SUPPORT = 'INTENSIVE_SUPPORT',
  TERMINATION_REVIEW = 'TERMINATION_REVIEW',
  GRADUATED = 'GRADUATED',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
  EXITED = 'EXITED',
  WITHDRAWN = 'WITHDRAWN',
}
export enum JourneyStatusCode {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
export enum WelfareLevelCode {
  POOR = 'POOR',
  VULNERABLE = 'VULNERABLE',
  MIDDLE = 'MIDDLE',
  STABLE = 'STABLE',
}
export enum SexCode {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
export enum AttendanceStatusCode {
  PRESENT = 'PRESENT',
  PARTIAL = 'PARTIAL',
  ABSENT = 'ABSENT',
}
export enum NeedCodeEnum {
  JOB_SKILLS = 'JOB_SKILLS',
  ENTREPRENEURSHIP_SKILLS = 'ENTREPRENEURSHIP_SKILLS',
  FINANCIAL_MANAGEMENT = 'FINANCIAL_MANAGEMENT',
  CAPITAL = 'CAPITAL',
  MARKET = 'MARKET',
  EDUCATION = 'EDUCATION',
  TECHNICAL_MENTORING = 'TECHNICAL_MENTORING',
  SOCIAL_MENTORING = 'SOCIAL_MENTORING',
  MANAGERIAL_MENTORING = 'MANAGERIAL_MENTORING',
}

registerEnumType(JourneyStageCode, {
  name: 'JourneyStage',
  description:
    'Where the beneficiary is in the programme (domain spec section 3). COMPLETED, TERMINATED, EXITED and ' +
    'WITHDRAWN are final.',
  valuesConfig: {
    ENROLLED: { description: "Enrolled; waiting for the facilitator's needs assessment (asesmen kebutuhan)." },
    PLANNING: { description: 'Assessment in and modules proposed; waiting for a manager to approve the plan.' },
    IN_INTERVENTION: {
      description: 'The approved intervention modules are running (sessions, attendance, module evaluations).',
    },
    RE_EVALUATION: {
      description:
        "Modules (or an intensive-support cycle) done; waiting for the facilitator's re-evaluation (evaluasi ulang).",
    },
    GRADUATION_REVIEW: {
      description:
        "Re-evaluation in and a graduation proposal computed; waiting for the manager's decision (GRADUATE " +
        'or NOT_YET).',
    },
    NOT_GRADUATED: {
      description:
        'Manager decided NOT_YET: the facilitator evaluates the causes with the beneficiary, then starts ' +
        'intensive support.',
    },
    INTENSIVE_SUPPORT: {
      description:
        'An intensive support (pendampingan intensif) cycle is running; at its planned end the journey moves ' +
        'to re-evaluation.',
    },
    TERMINATION_REVIEW: {
      description:
        'The configured intensive cycles brought no significant change; waiting for the manager: another cycle ' +
        'or termination.',
    },
    GRADUATED: {
      description:
        'Graduated (lulus, after Graduation (graduasi)): post-graduation follow-ups and an optional referral ' +
        'to a more advanced programme.',
    },
    COMPLETED: { description: 'Final: graduated and the last follow-up recorded.' },
    TERMINATED: { description: 'Final: assistance terminated (penghentian bantuan), alternative programmes offered.' },
    EXITED: { description: 'Final: ended by a manager (exit, death, relocation or sanction).' },
    WITHDRAWN: { description: 'Final: the beneficiary withdrew.' },
  },
});
registerEnumType(JourneyStatusCode, {
  name: 'JourneyStatus',
  description: 'Whether the journey is running, paused by a manager, or finished.',
  valuesConfig: {
    ACTIVE: { description: 'Open and running: deadlines count.' },
    PAUSED: { description: 'Paused by a manager: module clocks and deadlines stop until resumeJourney.' },
    CLOSED: { description: 'In a final stage (COMPLETED, TERMINATED, EXITED or WITHDRAWN); no more commands.' },
  },
});
registerEnumType(WelfareLevelCode, {
  name: 'WelfareLevel',
  description:
    'Welfare ladder POOR -> VULNERABLE -> MIDDLE -> STABLE (rules README, Sources of the process: welfare ladder), ' +
    'derived by the server from monthly family income divided by the regional minimum wage (UMK/UMR), with ' +
    'thresholds from the programme rules.',
  valuesConfig: {
    POOR: { description: 'Poor (miskin): the lowest level.' },
    VULNERABLE: { description: 'Vulnerable (rentan).' },
    MIDDLE: { description: 'Middle (menengah).' },
    STABLE: { description: 'Stable (stabil): the top of the ladder.' },
  },
});
registerEnumType(SexCode, {
  name: 'Sex',
  description: 'Sex of the beneficiary, for disaggregated (data terpilah) reporting.',
  valuesConfig: { FEMALE: { description: 'Female (perempuan).' }, MALE: { description: 'Male (laki-laki).' } },
});
registerEnumType(AttendanceStatusCode, {
  name: 'AttendanceStatus',
  description:
    'Attendance (status kehadiran) of the beneficiary at a session; PARTIAL covers late or half-day attendance ' +
    '(rules README, Sources of the process: running modules).',
  valuesConfig: {
    PRESENT: { description: 'Attended the whole session (hadir).' },
    PARTIAL: { description: 'Attended in part: late or half-day.' },
    ABSENT: { description: 'Did not attend (tidak hadir).' },
  },
});
registerEnumType(NeedCodeEnum, {
  name: 'NeedCode',
  description: 'Needs found by the assessment; they map to intervention modules (rules README: `needsMapping`).',
  valuesConfig: {
    JOB_SKILLS: { description: 'Job skills (vocational training).' },
    ENTREPRENEURSHIP_SKILLS: { description: 'Entrepreneurship skills (kewirausahaan).' },
    FINANCIAL_MANAGEMENT: { description: 'Financial-management knowledge.' },
    CAPITAL: { description: 'Access to capital (akses modal).' },
    MARKET: { description: 'Access to markets (akses pasar).' },
    EDUCATION: { description: 'Low education or basic skills (akses pendidikan).' },
    TECHNICAL_MENTORING: { description: 'Technical mentoring (pendampingan teknis).' },
    SOCIAL_MENTORING: { description: 'Social mentoring (pendampingan sosial).' },
    MANAGERIAL_MENTORING: { description: 'Managerial mentoring (pendampingan manajerial).' },
  },
});
