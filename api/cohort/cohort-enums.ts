import { COHORT_STATUSES, type CohortStatus } from '../../domain/cohort/cohort.rules';
import { ENROLMENT_WARNING_CODES, type EnrolmentWarningCode } from '../../domain/cohort/cohort-quota.rules';
import { SELECTION_REFUSAL_REASONS, type SelectionRefusalReason } from '../../domain/cohort/selection-record.rules';
import { codeEnum } from '../shared/code-enum';

export const CohortStatusEnum = codeEnum<CohortStatus>(
  'CohortStatus',
  COHORT_STATUSES,
  'Where a cohort (angkatan) is in its life; only an ENROLLING cohort takes enrolments.',
  {
    PLANNED: 'Planned: defined, not yet taking enrolments.',
    ENROLLING: 'Taking enrolments (and selection records).',
    RUNNING: 'Under way: its members are on their journeys; no new enrolments.',
    CLOSED: 'Closed: final; it cannot be reopened.',
  },
);

export const EnrolmentWarningCodeEnum = codeEnum<EnrolmentWarningCode>(
  'EnrolmentWarningCode',
  ENROLMENT_WARNING_CODES,
  "Why an enrolment into a cohort was accepted with a warning (the programme rules' selection.capacity say WARN).",
  {
    OVER_PLANNED_SIZE: 'The cohort now has more members than its planned size.',
    QUOTA_AT_RISK:
      "The person is outside a quota's group and the seats left can no longer meet that quota at the planned size.",
  },
);

export const SelectionRefusalReasonEnum = codeEnum<SelectionRefusalReason>(
  'SelectionRefusalReason',
  SELECTION_REFUSAL_REASONS,
  'Why a candidate was not selected (kriteria seleksi, domain spec 3.2).',
  {
    WELFARE_LEVEL_TOO_HIGH: 'Welfare level above what the programme selects (prioritise the poorer and vulnerable).',
    NOT_COMMITTED: 'No commitment to take part actively.',
    POTENTIAL_TOO_LOW: 'Potential to develop (motivation, skills, resources) below the minimum.',
    OUTSIDE_TARGET_AREA: "Lives outside the cohort's target area.",
    OUTSIDE_TARGET_GROUP: "Not in the cohort's target group.",
    COHORT_FULL: 'The cohort had no seat left.',
    DUPLICATE: 'Already enrolled or already a candidate elsewhere.',
    OTHER: 'Another reason, given in the note.',
  },
);
