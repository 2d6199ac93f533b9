import {
  DIMENSIONS,
  INDICATOR_LEVELS,
  INDICATOR_SUBJECTS,
  INDICATOR_UNITS,
  REALISATIONS,
} from '../../domain/indicator/indicator.types';
import { APKM_DIMENSIONS } from '../../domain/indicator/logframe.types';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of indicators and the logframe, built from the domain's lists (domain/indicator). */
export const IndicatorDimension = codeEnum(
  'IndicatorDimension',
  DIMENSIONS,
  'What a figure is broken down by (gender- and inclusion-disaggregated data; logframe README: breakdowns).',
  {
    SEX: 'FEMALE or MALE.',
    AGE_BAND:
      "Age in whole years at enrolment, in the logframe's ageBands (the same codes as the AgeBand list filter).",
    DISABILITY: 'WITH_DISABILITY or WITHOUT_DISABILITY.',
    REGION: 'Province: the first two digits of the region code.',
    COHORT: 'The cohort id given at enrolment, or NONE.',
    VULNERABLE_GROUP:
      'Each vulnerable group the person was enrolled in (e.g. FEMALE_HEAD_OF_HOUSEHOLD, DISABILITY), or NONE. A ' +
      'person in two groups counts in both, so the groups need not add up to the total.',
    DISABILITY_LEVEL:
      'The WG-SS disability level (recordFunctioning): NO_DIFFICULTY, SOME_DIFFICULTY, A_LOT_OF_DIFFICULTY, ' +
      'CANNOT_DO_AT_ALL, or NOT_RECORDED.',
    ETHNICITY:
      'The ethnicity code, where the programme collects it (rules inclusion.collectEthnicity), or NOT_RECORDED.',
  },
);

export const IndicatorSubject = codeEnum(
  'IndicatorSubject',
  INDICATOR_SUBJECTS,
  "What a figure's rows are, and so which dimensions its breakdown has.",
  {
    PEOPLE: 'People (journeys) of the filter: broken down by every requested dimension.',
    GROUPS:
      'Groups (learning groups, business groups, cooperatives, alumni groups) of the filter: broken down by ' +
      "the group's own province (REGION) and cohort (COHORT) only; sex, age band and disability belong to people.",
  },
);

export const LogframeLevel = codeEnum(
  'LogframeLevel',
  INDICATOR_LEVELS,
  'Logframe level (domain spec 6.1; see the logframe README).',
  {
    IMPACT: 'Long-term change the programme contributes to (economic self-reliance).',
    OUTCOME: 'Change in participants (income, sustainable business, graduation).',
    OUTPUT: 'Direct results (people trained, better understanding, businesses started).',
    ACTIVITY: 'What the programme does (sessions held and attended).',
  },
);

export const IndicatorUnit = codeEnum('IndicatorUnit', INDICATOR_UNITS, 'What a figure counts or measures.', {
  COUNT: 'A count: the count is the numerator, the denominator the people counted among.',
  RATIO: 'A ratio: value = numerator / denominator.',
  RUPIAH: 'An amount in rupiah: see median and mean; value is the share with a positive amount.',
  DAYS: 'A duration in days: see median and mean.',
  POINTS: 'Points (scores): see median and mean; value is the share with a positive change.',
});

export const Realisation = codeEnum(
  'Realisation',
  REALISATIONS,
  'Which statistic of a figure the logframe compares with its target.',
  {
    value: 'numerator / denominator.',
    median: 'The median of the amounts.',
    mean: 'The mean of the amounts.',
    numerator: 'The numerator (a count).',
  },
);

export const ApkmDimension = codeEnum(
  'ApkmDimension',
  APKM_DIMENSIONS,
  'APKM dimension of a logframe row (domain spec 6.2; see the logframe README).',
  {
    ACCESS: 'Access (akses).',
    PARTICIPATION: 'Participation (partisipasi).',
    CONTROL: 'Control (kontrol).',
    BENEFIT: 'Benefit (manfaat).',
  },
);
