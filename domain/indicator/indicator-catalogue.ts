import { JOURNEY_STAGES } from '../journey/journey-codes';
import { ACCESS_ALWAYS_PRESENT_KEYS, ACCESS_INDICATORS } from './access-indicator-catalogue';
import { GROUP_ALWAYS_PRESENT_KEYS, GROUP_INDICATORS } from './group-indicator-catalogue';
import { SATISFACTION_ALWAYS_PRESENT_KEYS, SATISFACTION_INDICATORS } from './satisfaction-indicator-catalogue';
import { INCOME_SHARE_ALWAYS_PRESENT_KEYS, INCOME_SHARE_INDICATORS } from './income-share-indicator-catalogue';
import type { IndicatorDefinition, IndicatorFigure, IndicatorLevel } from './indicator.types';

export type { IndicatorDefinition } from './indicator.types';

const def = (
  family: string,
  level: IndicatorLevel,
  unit: IndicatorFigure['unit'],
  denominator: string,
  description: string,
): IndicatorDefinition => ({ family, level, unit, denominator, subject: 'PEOPLE', description });

export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  def('enrolled', 'OUTPUT', 'COUNT', 'POPULATION', 'People enrolled within the period'),
  def('assessed', 'OUTPUT', 'COUNT', 'POPULATION', 'People whose needs assessment was submitted within the period'),
  def('stage', 'OUTPUT', 'COUNT', 'POPULATION', 'People in each stage at the end of the period (stage:<STAGE>)'),
  def('trained', 'OUTPUT', 'COUNT', 'POPULATION', 'People who completed at least one module within the period'),
  def(
    'attendance_rate',
    'ACTIVITY',
    'RATIO',
    'ROWS',
    'Attendance over held sessions (present 1, partial 0.5, absent 0); per module template ' +
      '(attendance_rate:module:<TEMPLATE>) and per session (attendance_rate:session:<TEMPLATE>:<sessionId>)',
  ),
  def(
    'module_completion_rate',
    'OUTPUT',
    'RATIO',
    'ROWS',
    'Planned modules completed (completed within the period / modules planned to start by its end); per template',
  ),
  def(
    'score_change',
    'OUTPUT',
    'POINTS',
    'ROWS',
    'Post-test minus pre-test score of module evaluations within the period (median, mean); ' +
      'numerator: evaluations with a higher post score',
  ),
  def(
    'improved_understanding_rate',
    'OUTPUT',
    'RATIO',
    'ROWS',
    'Module evaluations within the period whose post-test score is above the pre-test score',
  ),
  def('graduated', 'OUTCOME', 'COUNT', 'POPULATION', 'People with a GRADUATE decision within the period'),
  def(
    'graduation_rate',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'People graduated among people with a graduation decision within the period',
  ),
  def(
    'time_to_graduation',
    'OUTCOME',
    'DAYS',
    'ROWS',
    'Days from enrolment to the first GRADUATE decision, for people graduated within the period (median, mean)',
  ),
  def(
    'intensive_support_rate',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'People who started intensive support among people with a graduation decision within the period',
  ),
  def(
    'intensive_support_success_rate',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'People who started intensive support within the period and graduated afterwards (by the end of the period)',
  ),
  def(
    'exits',
    'OUTPUT',
    'COUNT',
    'POPULATION',
    'Journeys ended early within the period, by reason (exits:EXIT|DEATH|RELOCATION|SANCTION|WITHDRAWN|TERMINATED)',
  ),
  def('referred', 'OUTCOME', 'COUNT', 'POPULATION', 'People referred to another programme within the period'),
  def('referral_acceptance_rate', 'OUTCOME', 'RATIO', 'ROWS', 'Referral answers within the period that were ACCEPTED'),
  def(
    'income_change',
    'OUTCOME',
    'RUPIAH',
    'ROWS',
    'Monthly family income at a later point minus at assessment, rupiah ' +
      '(income_change:ASSESSMENT-><RE_EVALUATION|FOLLOW_UP_M<n>|LAST>); numerator: people whose income rose',
  ),
  def(
    'income_relative_change',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'Relative income change since assessment (later / assessment - 1), median and mean; ' +
      'numerator: people whose income rose',
  ),
  def(
    'min_wage_share',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'People whose monthly family income is at or above the regional minimum wage ' +
      '(min_wage_share:<ASSESSMENT|RE_EVALUATION|FOLLOW_UP_M<n>|LAST>)',
  ),
  def(
    'welfare_transition',
    'OUTCOME',
    'COUNT',
    'welfare_transition',
    'Welfare level at assessment -> latest level within the period (welfare_transition:<FROM>-><TO>), ' +
      'among people measured twice',
  ),
  def(
    'welfare_improved_rate',
    'IMPACT',
    'RATIO',
    'ROWS',
    'People whose latest welfare level is above their level at assessment',
  ),
  def(
    'businesses_started',
    'OUTPUT',
    'COUNT',
    'POPULATION',
    'People reporting a running business at a re-evaluation or follow-up within the period',
  ),
  def(
    'business_started_within_months',
    'OUTPUT',
    'RATIO',
    'ROWS',
    'People who finished training within the period and reported a running business ' +
      "within the logframe's businessStartWithinMonths of it",
  ),
  def(
    'business_running',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'Follow-ups within the period where the business is still running (business_running:follow_up_month:<n>)',
  ),
  def(
    'in_work_after_programme',
    'OUTCOME',
    'RATIO',
    'ROWS',
    'Graduates in work after the programme: at their latest follow-up within the period that recorded employment ' +
      '(in_work_after_programme:follow_up_month:<n>: each follow-up month); follow-ups without employment facts ' +
      'are left out',
  ),
  def(
    'overdue_steps',
    'ACTIVITY',
    'COUNT',
    'ROWS',
    'Overdue steps now, per facilitator (overdue_steps:facilitator:<id>); denominator: their open journeys',
  ),
  def(
    'quota',
    'OUTPUT',
    'RATIO',
    'enrolled',
    'People of a vulnerable group among the people enrolled within the period (quota:<GROUP>); every group of ' +
      "the quotas (the cohort's, else the programme rules') shows, target its minimum share",
  ),
  ...GROUP_INDICATORS,
  ...ACCESS_INDICATORS,
  ...SATISFACTION_INDICATORS,
  ...INCOME_SHARE_INDICATORS,
];

export function definitionOf(key: string): IndicatorDefinition {
  const family = key.split(':')[0];
  const found = INDICATOR_CATALOGUE.find((d) => d.family === family);
  if (!found) throw new Error(`no indicator family ${family}`);
  return found;
}

/** Every stage, so a stage nobody is in still shows 0. */
export const STAGES = JOURNEY_STAGES;
export const EXIT_REASONS = ['EXIT', 'DEATH', 'RELOCATION', 'SANCTION', 'WITHDRAWN', 'TERMINATED'] as const;

/** Keys always present (0 when nothing was counted) so tables keep their rows. */
export const ALWAYS_PRESENT_KEYS: readonly string[] = [
  'enrolled',
  'assessed',
  'trained',
  'graduated',
  'referred',
  'exits',
  'businesses_started',
  'welfare_transition',
  ...STAGES.map((s) => `stage:${s}`),
  ...EXIT_REASONS.map((r) => `exits:${r}`),
  'attendance_rate',
  'module_completion_rate',
  'score_change',
  'improved_understanding_rate',
  'graduation_rate',
  'time_to_graduation',
  'intensive_support_rate',
  'intensive_support_success_rate',
  'referral_acceptance_rate',
  'welfare_improved_rate',
  'business_started_within_months',
  'overdue_steps',
  'income_change:ASSESSMENT->RE_EVALUATION',
  'income_change:ASSESSMENT->LAST',
  'income_relative_change:ASSESSMENT->LAST',
  'min_wage_share:ASSESSMENT',
  'min_wage_share:LAST',
  ...GROUP_ALWAYS_PRESENT_KEYS,
  ...ACCESS_ALWAYS_PRESENT_KEYS,
  ...SATISFACTION_ALWAYS_PRESENT_KEYS,
  ...INCOME_SHARE_ALWAYS_PRESENT_KEYS,
];
