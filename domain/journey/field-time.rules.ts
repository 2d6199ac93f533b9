import type { ProgrammeRules } from '../programme/programme-rules.types';
import { isIsoDateTime, normaliseIso } from '../shared/iso-time';
import { reject, type Rejection } from './journey-draft.machine';
import type { CommandEnvelope, CommandType, JourneyState } from './journey.types';

/**
 * Records captured offline in the field carry when they happened (`occurredAt`), distinct from when the server
 * records them. The journey takes the field time as the step's time, so deadlines, periods and indicators follow
 * it; these rules say which field times are accepted without a manager's approval.
 */
export interface FieldSyncRules {
  maxLateDays: number;
  clockSkewMinutes: number;
}

/** Rules versions without `fieldSync` (v1-v4): the v5 defaults (rules README, default v5). */
const DEFAULT_FIELD_SYNC: FieldSyncRules = { maxLateDays: 14, clockSkewMinutes: 10 };

export const fieldSyncRules = (rules: ProgrammeRules): FieldSyncRules => rules.fieldSync ?? DEFAULT_FIELD_SYNC;

const DAY_MS = 86_400_000;

export interface FieldTimeCheck {
  occurredAt: string;
  /** The server's clock when the record arrives. */
  recordedAt: string;
  /** The latest field time the journey holds for this kind of step, or when its current stage began. */
  lastStepAt: string | null;
  /** Whether a manager approved this record arriving late or out of order. */
  approved: boolean;
}

/**
 * Why a field time is refused, or null: a time in the future (past the clock-skew allowance) is always refused;
 * one older than `maxLateDays`, or earlier than the journey's last step of its kind, needs a manager's approval.
 */
export function fieldTimeRefusal(check: FieldTimeCheck, rules: FieldSyncRules): Rejection | null {
  if (!isIsoDateTime(check.occurredAt)) return reject('VALIDATION_FAILED', 'occurredAt must be an ISO-8601 date-time');
  const occurred = Date.parse(check.occurredAt);
  const recorded = Date.parse(check.recordedAt);
  if (occurred > recorded + rules.clockSkewMinutes * 60_000) {
    return reject('OCCURRED_AT_IN_FUTURE', `occurredAt ${check.occurredAt} is after ${check.recordedAt}`);
  }
  if (check.approved) return null;
  if (occurred < recorded - rules.maxLateDays * DAY_MS) {
    return reject('LATE_RECORD_NEEDS_APPROVAL', `occurredAt ${check.occurredAt} is over ${rules.maxLateDays} days old`);
  }
  if (check.lastStepAt && occurred < Date.parse(check.lastStepAt)) {
    return reject(
      'LATE_RECORD_NEEDS_APPROVAL',
      `occurredAt ${check.occurredAt} is before the journey's last step of its kind at ${check.lastStepAt}`,
    );
  }
  return null;
}

/** The time a new field record must not precede: its kind's last field time, or the current stage's start. */
export function lastStepAt(state: JourneyState, type: CommandType): string {
  const last = state.fieldTimes?.[type];
  return last && last > state.stageEnteredAt ? last : state.stageEnteredAt;
}

/** The state after a field record of `type` at `occurredAt` was applied: the kind's latest field time kept. */
export function withFieldTime(state: JourneyState, type: CommandType, occurredAt: string): JourneyState {
  const at = normaliseIso(occurredAt);
  const last = state.fieldTimes?.[type];
  if (last && last >= at) return state;
  return { ...state, fieldTimes: { ...state.fieldTimes, [type]: at } };
}

/** Why the journey refuses a command's field time now (`recordedAt`: the server's clock), or null. */
export function envelopeFieldTimeRefusal(
  state: JourneyState,
  envelope: CommandEnvelope & { occurredAt: string },
  rules: ProgrammeRules,
  recordedAt: string,
): Rejection | null {
  return fieldTimeRefusal(
    {
      occurredAt: envelope.occurredAt,
      recordedAt,
      lastStepAt: lastStepAt(state, envelope.command.type),
      approved: !!envelope.lateApproval,
    },
    fieldSyncRules(rules),
  );
}
