import { CAPITAL_SOURCES } from '../group/group.rules';
import { MARKET_CHANNELS } from '../journey/journey-codes';
import type { IndicatorDefinition } from './indicator.types';

/**
 * Capital and market access of people (domain spec 4, CAPITAL_ACCESS and MARKET_ACCESS; 6.2 APKM access to capital
 * and markets). Computed by db/indicators/indicator-access.sql.ts from the journey's events and, for amounts, the
 * forms (evidence) they name.
 *
 * Person and group capital are never added up: a person's capital is counted in `capital_received` (their own
 * receipts), a group's in `group_capital_received` (per group, never shared out among members). `capital_access`
 * counts each person once, whether their capital came to them, to a business group or cooperative they were a
 * member of on the day it was received, or both (`:PERSON` and `:GROUP` say which; a person with both counts once
 * in the total and once in each part).
 */
const people = (d: Omit<IndicatorDefinition, 'subject'>): IndicatorDefinition => ({ ...d, subject: 'PEOPLE' });

export const ACCESS_INDICATORS: readonly IndicatorDefinition[] = [
  people({
    family: 'capital_proposals_submitted',
    level: 'OUTPUT',
    unit: 'COUNT',
    denominator: 'POPULATION',
    description:
      "People's capital proposals submitted within the period (a person may submit several); per source " +
      '(capital_proposals_submitted:<SOURCE>)',
  }),
  people({
    family: 'capital_proposals_approved',
    level: 'OUTPUT',
    unit: 'COUNT',
    denominator: 'POPULATION',
    description: "People's capital proposals approved by their source within the period; per source",
  }),
  people({
    family: 'capital_proposals_received',
    level: 'OUTCOME',
    unit: 'COUNT',
    denominator: 'POPULATION',
    description: "People's capital proposals whose capital was received within the period; per source",
  }),
  people({
    family: 'capital_received',
    level: 'OUTCOME',
    unit: 'RUPIAH',
    denominator: 'ROWS',
    description:
      'Capital people received on their own proposals within the period, rupiah: median and mean over the people ' +
      'who received some (their total is mean x numerator); numerator: those people, denominator: the people of ' +
      'the filter; per source (capital_received:<SOURCE>). Group capital is in group_capital_received',
  }),
  people({
    family: 'capital_access',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'People who had received capital by the end of the period, each counted once: on their own proposal ' +
      '(capital_access:PERSON) or through a business group or cooperative they were a member of on the day it ' +
      'received capital (capital_access:GROUP)',
  }),
  people({
    family: 'market_access',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'People with at least one market channel opened by the end of the period; per channel ' +
      '(market_access:<LOCAL|REGIONAL|ONLINE>)',
  }),
];

/** Access keys always present (0 when nothing was counted), so report tables keep their rows. */
export const ACCESS_ALWAYS_PRESENT_KEYS: readonly string[] = [
  ...ACCESS_INDICATORS.map((d) => d.family),
  ...[
    'capital_proposals_submitted',
    'capital_proposals_approved',
    'capital_proposals_received',
    'capital_received',
  ].flatMap((f) => CAPITAL_SOURCES.map((s) => `${f}:${s}`)),
  'capital_access:PERSON',
  'capital_access:GROUP',
  ...MARKET_CHANNELS.map((c) => `market_access:${c}`),
];
