import { CAPITAL_SOURCES, GROUP_KINDS } from '../group/group.rules';
import type { IndicatorDefinition } from './indicator.types';

/**
 * Group participation, capital access and businesses running (domain spec 6.3, "group participation data:
 * active members in business groups; meeting frequency and attendance; members' contribution to decisions"
 * [001:3566-3641]; APKM access to business capital and stronger community institutions, joint business groups
 * and cooperatives [001:2565-2592]). Computed by db/indicators/indicator-group.sql.ts.
 *
 * The period: its last day D is `to`, or today (UTC) when open; its first day F is `from`, or none. A group is
 * open on a day from its `formed_on` until the day before it was DISSOLVED (DISSOLVED is final, so the day of
 * `status_changed_at` of a dissolved group). A membership is open on a day when `joined_on` <= day < `left_on`.
 * "Groups of the period": the groups of the filter (programme; the group's own cohort, region and the caller's
 * regions) open at least one day between F and D. "Business groups": BUSINESS_GROUP and COOPERATIVE
 * (domain/group BUSINESS_KINDS). People figures count the people of the filter (as every PEOPLE indicator).
 */
const people = (d: Omit<IndicatorDefinition, 'subject'>): IndicatorDefinition => ({ ...d, subject: 'PEOPLE' });
const groups = (d: Omit<IndicatorDefinition, 'subject'>): IndicatorDefinition => ({ ...d, subject: 'GROUPS' });

export const GROUP_INDICATORS: readonly IndicatorDefinition[] = [
  people({
    family: 'group_members',
    level: 'OUTPUT',
    unit: 'COUNT',
    denominator: 'POPULATION',
    description:
      'People with an open group membership on the last day of the period, in a group open that day; ' +
      'per group kind (group_members:<KIND>)',
  }),
  people({
    family: 'group_leader_rate',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'Group members (as group_members) holding a decision role (CHAIR, SECRETARY or TREASURER) in at least one ' +
      'of their groups on the last day of the period',
  }),
  people({
    family: 'group_women_leader_share',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description: 'Women among the people holding a decision role in a group on the last day of the period',
  }),
  people({
    family: 'group_attendance_rate',
    level: 'ACTIVITY',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'Attendance recorded at group sessions held within the period (present 1, partial 0.5, absent 0, one row ' +
      'per member and session); per group (group_attendance_rate:group:<groupId>)',
  }),
  groups({
    family: 'group_meeting_rate',
    level: 'ACTIVITY',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'Meetings held against planned, for the groups of the period: group sessions held within it (attendance ' +
      'recorded) plus the meetings of group reports whose period ends within it, over planned meetings per month ' +
      'times the share of each calendar month the group was open within the period; per group kind',
  }),
  groups({
    family: 'group_capital_access',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'Business groups and cooperatives of the period that had received capital by its last day; per source ' +
      '(group_capital_access:<SOURCE>)',
  }),
  groups({
    family: 'group_capital_received',
    level: 'OUTPUT',
    unit: 'RUPIAH',
    denominator: 'ROWS',
    description:
      'Capital received within the period per business group or cooperative of the period, rupiah: median and ' +
      'mean over the groups that received some (their total is mean x numerator); numerator: those groups, ' +
      'denominator: the business groups of the period; per source (group_capital_received:<SOURCE>)',
  }),
  groups({
    family: 'group_business_running',
    level: 'OUTCOME',
    unit: 'RATIO',
    denominator: 'ROWS',
    description:
      'Business groups and cooperatives of the period still open on its last day whose latest report (period ' +
      'ending by then) shows revenue above 0; one dissolved within the period or never reporting counts as not running',
  }),
];

/** Group keys always present (0 when nothing was counted), so report tables keep their rows. */
export const GROUP_ALWAYS_PRESENT_KEYS: readonly string[] = [
  ...GROUP_INDICATORS.map((d) => d.family),
  ...GROUP_KINDS.map((k) => `group_members:${k}`),
  ...CAPITAL_SOURCES.flatMap((s) => [`group_capital_access:${s}`, `group_capital_received:${s}`]),
];
