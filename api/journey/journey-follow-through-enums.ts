import {
  ALTERNATIVE_ANSWERS,
  CHANGE_DIMENSIONS,
  SUPPORT_VISIT_KINDS,
  TERMINATION_ALTERNATIVES,
} from '../../domain/journey/journey-codes';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of intensive support's and graduation's follow-through, built from the domain's lists. */
export const SupportVisitKindCode = codeEnum(
  'SupportVisitKind',
  SUPPORT_VISIT_KINDS,
  'How an intensive-support or post-graduation mentoring visit took place.',
  {
    HOME_VISIT: 'At the home of the beneficiary (kunjungan rumah).',
    PHONE: 'By phone or video call.',
    GROUP: 'In a group meeting.',
  },
);

export const TerminationAlternativeCode = codeEnum(
  'TerminationAlternative',
  TERMINATION_ALTERNATIVES,
  'An alternative offered with a termination of assistance (domain spec 3.6 step 5).',
  {
    REFERRAL: 'A referral to a service or organisation that can help.',
    OTHER_PROGRAMME: 'Another empowerment programme.',
    SOCIAL_ASSISTANCE: 'Social assistance (bantuan sosial) for those who still need it.',
    RE_ENTRY_LATER: 'Re-entry into this programme later.',
  },
);

export const AlternativeAnswerCode = codeEnum(
  'AlternativeAnswer',
  ALTERNATIVE_ANSWERS,
  "The beneficiary's answer to an alternative offered at termination.",
  { ACCEPTED: 'Accepted.', DECLINED: 'Declined.' },
);

export const ChangeDimensionCode = codeEnum(
  'ChangeDimension',
  CHANGE_DIMENSIONS,
  'A dimension in which change over an intensive-support cycle is measured.',
  {
    INCOME: 'Income against the regional minimum wage (ratio; threshold: a rise of minIncomeRatioRise).',
    WELFARE_LEVEL: 'Steps up the welfare ladder (POOR = 0 ... STABLE = 3; threshold: minWelfareLevelsUp).',
    BUSINESS_RUNNING: 'A business running (1) or not (0); counts when businessStartedCounts.',
    IN_WORK: 'In work (1) or not (0), the job track; counts when workStartedCounts.',
  },
);
