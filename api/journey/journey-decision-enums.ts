import {
  COMMUNICATION_CHANNELS,
  DECISION_KINDS,
  GRADUATION_CRITERIA,
  GRADUATION_DECISIONS,
  MANAGER_EXIT_KINDS,
  REFERRAL_ANSWERS,
  TERMINATION_DECISIONS,
} from '../../domain/journey/journey-codes';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of the decisions on a journey, built from the domain's lists (domain/journey/journey-codes.ts). */
export const DecisionKindCode = codeEnum(
  'DecisionKind',
  DECISION_KINDS,
  "A decision that changes the beneficiary's path; each waits to be communicated to them (recordCommunication).",
  {
    GRADUATE: 'Graduate (lulus).',
    NOT_YET: 'Not yet graduated (belum lulus): evaluation of causes and intensive support follow.',
    INTENSIVE_SUPPORT: 'Intensive support (pendampingan intensif) started.',
    TERMINATE: 'Assistance terminated (penghentian bantuan).',
    REFER: 'Referred to a more advanced programme (rujukan).',
    ANOTHER_CYCLE: 'One more intensive-support cycle.',
  },
);

export const GraduationDecisionCode = codeEnum(
  'GraduationDecision',
  GRADUATION_DECISIONS,
  "The manager's Graduation (graduasi) decision, and the server's proposal for it.",
  {
    GRADUATE: 'Graduate (lulus).',
    NOT_YET: 'Not yet (belum lulus): evaluation of causes and intensive support follow.',
  },
);

export const TerminationDecisionCode = codeEnum(
  'TerminationDecision',
  TERMINATION_DECISIONS,
  "The manager's decision after intensive support without significant change.",
  {
    ANOTHER_CYCLE: 'One more intensive-support cycle.',
    TERMINATE: 'End assistance (penghentian bantuan).',
  },
);

export const GraduationCriterionCode = codeEnum(
  'GraduationCriterionCode',
  GRADUATION_CRITERIA,
  "A criterion of the programme's graduation-indicator matrix (matriks indikator graduasi).",
  {
    INCOME_TO_MINIMUM_WAGE:
      'Income against the regional minimum wage (UMK/UMR) as the rules measure it (family or per capita), above ' +
      'or at least the rules minimum.',
    WELFARE_LEVEL: 'Welfare level at least the rules minimum.',
    BUSINESS_RUNNING:
      'The business or economic activity still runs (when the programme rules require it; with livelihood tracks, ' +
      'the BUSINESS track).',
    MONTHS_IN_WORK: 'In work for at least the rules minimum of months (JOB track, rules graduation.byTrack).',
    MINDSET_CHANGED: 'A changed mindset (perubahan pola pikir; when the programme rules require it).',
  },
);

export const ExitKindCode = codeEnum(
  'ExitKind',
  MANAGER_EXIT_KINDS,
  'Why a manager ends a journey early (a safeguarding sanction goes through applySafeguardingSanction).',
  {
    EXIT: 'Any other exit.',
    DEATH: 'The beneficiary died.',
    RELOCATION: 'The beneficiary moved away.',
    SANCTION: 'Removed for breaking the rules.',
  },
);

export const ReferralAnswerCode = codeEnum(
  'ReferralAnswer',
  REFERRAL_ANSWERS,
  "The receiving programme's answer to a referral.",
  { ACCEPTED: 'Accepted (diterima).', DECLINED: 'Declined (ditolak).' },
);

export const CommunicationChannelCode = codeEnum(
  'CommunicationChannel',
  COMMUNICATION_CHANNELS,
  'How a decision was communicated to the beneficiary (rules README, Sources of the process: communication).',
  {
    FACE_TO_FACE: 'In person.',
    HOME_VISIT: 'At a home visit.',
    PHONE: 'By phone.',
    MESSAGE: 'By written message.',
    GROUP_MEETING: 'At a group meeting.',
  },
);
