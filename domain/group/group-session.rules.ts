import type { ErrorCode } from '../errors/error-codes';
import type { ModuleRun } from '../journey/journey.types';
import { sessionHoursOutsideRefusal } from '../module/module-delivery.rules';
import type { ModuleTemplate, ProgrammeRules } from '../programme/programme-rules.types';
import { isIsoDateTime } from '../shared/iso-time';
import { isGroupOpen, type GroupKind, type GroupStatus } from './group.rules';

/**
 * A learning group's session, held once for every member (domain spec 3.3: group guidance is 40% of social
 * mentoring): scheduled once, then copied into each member's journey by that journey's own scheduleSession
 * command, so every member's history holds it. These rules decide who gets the copy and what each member's
 * outcome is; the journey machine still checks each copy as it checks any session.
 */

/** What became of one member in a group session call. */
export const GROUP_MEMBER_OUTCOMES = ['APPLIED', 'ALREADY_APPLIED', 'REFUSED', 'NOT_RECORDED'] as const;
export type GroupMemberOutcome = (typeof GROUP_MEMBER_OUTCOMES)[number];

/** A member's journey command key is `<call key>:<journey UUID>` (37 more characters), within the 128 allowed. */
export const MAX_GROUP_CALL_KEY = 128 - 37;
export const memberCommandKey = (callKey: string, journeyId: string): string => `${callKey}:${journeyId}`;

/** A session lasts more than nothing and at most a day, in hundredths of an hour (the column's precision). */
export const MAX_SESSION_HOURS = 24;

/** One dated membership of a journey in a group (YYYY-MM-DD dates). */
export interface DatedMembership {
  journeyId: string;
  joinedOn: string;
  leftOn: string | null;
}

/**
 * Whether a membership covers a day: from the day the member joined up to, not including, the day they left, so
 * a member who changes group on a day belongs to the new group that day and never to both.
 */
export function isMemberOn(membership: DatedMembership, day: string): boolean {
  return membership.joinedOn <= day && (membership.leftOn === null || day < membership.leftOn);
}

/** The journeys that are members on a day, each once, in the order of the memberships given. */
export function membersOn(memberships: readonly DatedMembership[], day: string): string[] {
  return [...new Set(memberships.filter((m) => isMemberOn(m, day)).map((m) => m.journeyId))];
}

/**
 * The calendar day of a date-time as the client wrote it, in its own zone: a session at 07:30 WITA on the 5th is
 * on the 5th in the field, whatever day it is in UTC.
 */
export function localDayOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

export interface GroupFacts {
  kind: GroupKind;
  status: GroupStatus;
  moduleTemplateId: string | null;
}

export interface SessionPlan {
  sessionType: string;
  startsAt: string;
  durationHours: number;
}

export interface Refusal {
  code: ErrorCode;
  message: string;
}

/**
 * Why a group may not hold this session, or null: only an open learning group holds module sessions, of its
 * module template's session mix, starting at a date-time with a zone, lasting (0, 24] hours in hundredths, and,
 * when the programme's rules refuse sessions outside the template's hours per session, within them: refused
 * here, before the session is stored, as each member's journey would refuse its copy.
 */
export function groupSessionRefusal(
  group: GroupFacts,
  template: ModuleTemplate | undefined,
  session: SessionPlan,
  rules: Pick<ProgrammeRules, 'moduleDelivery'>,
): Refusal | null {
  if (group.kind !== 'LEARNING_GROUP')
    return {
      code: 'VALIDATION_FAILED',
      message: `Only a learning group holds module sessions (this is ${group.kind})`,
    };
  if (!isGroupOpen(group.status))
    return { code: 'GROUP_DISSOLVED', message: `The group is ${group.status}; it holds no more sessions` };
  if (!template)
    return {
      code: 'UNKNOWN_MODULE',
      message: `The group's module ${String(group.moduleTemplateId)} is not a template`,
    };
  const types = template.sessionMix.map((m) => m.type);
  if (!types.includes(session.sessionType))
    return { code: 'VALIDATION_FAILED', message: `sessionType must be one of ${types.join(', ')} for ${template.id}` };
  if (!isIsoDateTime(session.startsAt))
    return { code: 'VALIDATION_FAILED', message: 'startsAt must be an ISO-8601 date-time with a zone' };
  const h = session.durationHours;
  if (!Number.isFinite(h) || h <= 0 || h > MAX_SESSION_HOURS || Math.abs(h * 100 - Math.round(h * 100)) > 1e-9)
    return { code: 'VALIDATION_FAILED', message: `durationHours must be within (0, ${MAX_SESSION_HOURS}], in 0.01` };
  const outside = sessionHoursOutsideRefusal(h, template, rules);
  return outside ? { code: 'SESSION_HOURS_OUTSIDE_TEMPLATE', message: outside } : null;
}

/** What to do for one member when a session is scheduled for the group. */
export type MemberSchedulePlan =
  | { kind: 'SEND'; moduleId: string }
  | { kind: 'ALREADY'; moduleId: string }
  | { kind: 'REFUSE'; code: ErrorCode; message: string };

/**
 * A member's copy of the session goes into their open module (PLANNED or ACTIVE) of the group's template. A
 * journey that already holds the session (an earlier call with the same key) has it already; one without such a
 * module is refused (UNKNOWN_MODULE); `modules` null: no journey (NOT_FOUND).
 */
export function scheduleTarget(
  modules: readonly ModuleRun[] | null,
  templateId: string,
  sessionId: string,
): MemberSchedulePlan {
  if (!modules) return { kind: 'REFUSE', code: 'NOT_FOUND', message: 'No journey with this id' };
  const holding = modules.find((m) => m.sessions.some((s) => s.sessionId === sessionId));
  if (holding) return { kind: 'ALREADY', moduleId: holding.moduleId };
  const open = modules.find((m) => m.templateId === templateId && (m.status === 'PLANNED' || m.status === 'ACTIVE'));
  if (!open) return { kind: 'REFUSE', code: 'UNKNOWN_MODULE', message: `The journey has no open ${templateId} module` };
  return { kind: 'SEND', moduleId: open.moduleId };
}

/** Counts of a call's member lines by outcome. */
export function tallyOutcomes(outcomes: readonly GroupMemberOutcome[]): Record<GroupMemberOutcome, number> {
  const totals: Record<GroupMemberOutcome, number> = { APPLIED: 0, ALREADY_APPLIED: 0, REFUSED: 0, NOT_RECORDED: 0 };
  for (const o of outcomes) totals[o]++;
  return totals;
}
