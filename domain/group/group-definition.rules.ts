import { BPS_REGION_CODE } from '../programme/programme-setup.rules';
import type { GroupKind, GroupStatus } from './group.rules';

/** What a group is formed with (createGroup); every group starts FORMED. */
export interface GroupDefinition {
  kind: GroupKind;
  programmeId: string;
  cohortId: string | null;
  regionCode: string;
  name: string;
  facilitatorId: string;
  moduleTemplateId: string | null;
  formedOn: string;
  plannedMeetingsPerMonth: number;
}

export const INITIAL_GROUP_STATUS: GroupStatus = 'FORMED';
export const MAX_MEETINGS_PER_MONTH = 31;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const USER_ID = /^[A-Za-z0-9_.@:-]{1,128}$/;

export const isDate = (value: string): boolean =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * Problems of a new group, in words (empty: valid). A learning group takes one module together, so it names a
 * module template (`templateKnown` checks it is one of the programme's rules); other kinds name none. Its region
 * is a BPS code (province, regency, district or village): the prefix its members' regions start with.
 */
export function groupDefinitionProblems(def: GroupDefinition): string[] {
  const problems: string[] = [];
  const name = def.name.trim();
  if (name.length < 1 || name.length > 200) problems.push('name must be 1-200 characters');
  if (!BPS_REGION_CODE.test(def.regionCode)) problems.push('regionCode must be a BPS region code (e.g. 52.71)');
  if (!USER_ID.test(def.facilitatorId)) problems.push('facilitatorId must be a user id (1-128 characters)');
  if (!isDate(def.formedOn)) problems.push('formedOn must be a date YYYY-MM-DD');
  if (
    !Number.isInteger(def.plannedMeetingsPerMonth) ||
    def.plannedMeetingsPerMonth < 0 ||
    def.plannedMeetingsPerMonth > MAX_MEETINGS_PER_MONTH
  )
    problems.push(`plannedMeetingsPerMonth must be a whole number within 0..${MAX_MEETINGS_PER_MONTH}`);
  if (def.kind === 'LEARNING_GROUP' && def.moduleTemplateId === null)
    problems.push('a LEARNING_GROUP names the module template it takes (moduleTemplateId)');
  if (def.kind !== 'LEARNING_GROUP' && def.moduleTemplateId !== null)
    problems.push(`a ${def.kind} takes no module template`);
  return problems;
}

/** Whether a learning group's template is one of its programme's rules (UNKNOWN_MODULE otherwise). */
export const templateKnown = (def: GroupDefinition, templateIds: ReadonlySet<string>): boolean =>
  def.moduleTemplateId === null || templateIds.has(def.moduleTemplateId);

/** Whether a retried createGroup asks for exactly the group the key already created. */
export function sameGroupDefinition(a: GroupDefinition, b: GroupDefinition): boolean {
  return (Object.keys(a) as (keyof GroupDefinition)[]).every((k) => a[k] === b[k]);
}
