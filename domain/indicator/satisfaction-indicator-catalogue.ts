import { SATISFACTION_ITEMS, SATISFACTION_OCCASIONS, SATISFIED_FROM } from '../journey/satisfaction.rules';
import type { IndicatorDefinition } from './indicator.types';

/**
 * Participant satisfaction, the participants' rating of their facilitator, and the APKM control dimension (domain
 * spec 6.2: control over resources; issue 19) (domain/journey/
 * satisfaction.rules.ts). Computed by db/indicators/indicator-satisfaction.sql.ts from the SATISFACTION_RECORDED
 * events within the period; the facilitator is the journey's when the survey was recorded.
 */
const people = (d: Omit<IndicatorDefinition, 'subject'>): IndicatorDefinition => ({ ...d, subject: 'PEOPLE' });

export const SATISFACTION_INDICATORS: readonly IndicatorDefinition[] = [
  people({
    family: 'satisfaction_score',
    level: 'OUTCOME',
    unit: 'POINTS',
    denominator: 'ROWS',
    description:
      `Satisfaction surveys within the period: median and mean of each survey's mean score (1..5); numerator: ` +
      `surveys scoring ${SATISFIED_FROM} or more, denominator: surveys (responses); per occasion ` +
      '(satisfaction_score:<MODULE_END|GRADUATION>) and per item (satisfaction_score:<ITEM>, over its answers)',
  }),
  people({
    family: 'facilitator_rating',
    level: 'ACTIVITY',
    unit: 'POINTS',
    denominator: 'ROWS',
    description:
      'Participants\u2019 FACILITATOR_SUPPORT answers within the period: median and mean score (1..5); numerator: ' +
      `answers of ${SATISFIED_FROM} or more / answers; per facilitator (facilitator_rating:facilitator:<id>)`,
  }),
  people({
    family: 'visits_made',
    level: 'ACTIVITY',
    unit: 'COUNT',
    denominator: 'ROWS',
    description:
      'Intensive-support and graduation mentoring visits whose visit date lies within the period; denominator: ' +
      'people visited; per facilitator of the journey (visits_made:facilitator:<id>), as overdue_steps',
  }),
  people({
    family: 'income_control_rate',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'APKM control: women whose latest re-evaluation within the period answers that they decide how the business ' +
      'income is used / women whose latest re-evaluation within the period answers the question (computed by ' +
      'db/indicators/indicator-control.sql.ts)',
  }),
];

export const SATISFACTION_ALWAYS_PRESENT_KEYS: readonly string[] = [
  ...SATISFACTION_INDICATORS.map((d) => d.family),
  ...SATISFACTION_OCCASIONS.map((o) => `satisfaction_score:${o}`),
  ...SATISFACTION_ITEMS.map((i) => `satisfaction_score:${i}`),
];
