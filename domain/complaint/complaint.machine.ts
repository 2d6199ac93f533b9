import type { ErrorCode } from '../errors/error-codes';
import type { Actor } from '../journey/journey.types';
import { addMillis } from '../shared/iso-time';

/**
 * A complaint (pengaduan) from filing to closure: the pure rules its workflow runs. A safe,
 * trusted complaint mechanism is a standard practice; the steps follow conflict management's
 * identify → analyse → resolve → document (rules README, Sources of the process: complaints).
 * Everything here travels through Temporal, so it holds ids and codes only: the complaint's text,
 * the answer and the complainant's contact stay encrypted in PostgreSQL.
 */
export const COMPLAINT_SUBJECTS = ['JOURNEY', 'FACILITATOR', 'GROUP', 'PROGRAMME'] as const;
export const COMPLAINT_CATEGORIES = [
  'SERVICE_QUALITY',
  'FACILITATOR_CONDUCT',
  'ASSISTANCE_OR_FUNDS',
  'SELECTION',
  'COMMUNICATION',
  'DISCRIMINATION',
  'OTHER',
] as const;
export const COMPLAINT_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export const COMPLAINT_OUTCOMES = ['RESOLVED', 'PARTLY_RESOLVED', 'NOT_UPHELD', 'WITHDRAWN', 'REFERRED'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export type ComplaintPriority = (typeof COMPLAINT_PRIORITIES)[number];
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const COMPLAINT_STATUSES = ['RECEIVED', 'TRIAGED', 'ANSWERED', 'CLOSED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export interface ComplaintState {
  complaintId: string;
  status: ComplaintStatus;
  receivedAt: string;
  /** receivedAt + the programme's grievance.complaintResponseDays; an unanswered complaint escalates then. */
  responseDueAt: string;
  escalatedAt: string | null;
  category: ComplaintCategory | null;
  priority: ComplaintPriority | null;
  assigneeId: string | null;
  answerId: string | null;
  outcome: ComplaintOutcome | null;
  seq: number;
}

export type ComplaintStep =
  | { type: 'triage'; category: ComplaintCategory; priority: ComplaintPriority; assigneeId: string | null }
  | { type: 'answer'; answerId: string }
  | { type: 'close'; outcome: ComplaintOutcome };
export type ComplaintStepType = ComplaintStep['type'];
export const COMPLAINT_STEP_TYPES: readonly ComplaintStepType[] = ['triage', 'answer', 'close'];

/** One staff step as sent to the workflow: ids and codes only. */
export interface ComplaintEnvelope {
  key: string;
  actor: Actor;
  requestId?: string;
  step: ComplaintStep;
}

export type ComplaintTransition = { ok: true; state: ComplaintState } | { ok: false; code: ErrorCode; message: string };

const MS_PER_DAY = 86_400_000;
const no = (code: ErrorCode, message: string): ComplaintTransition => ({ ok: false, code, message });
const oneOf = (value: unknown, allowed: readonly string[]) => typeof value === 'string' && allowed.includes(value);

export function startComplaint(complaintId: string, receivedAt: string, responseDays: number): ComplaintState {
  return {
    complaintId,
    status: 'RECEIVED',
    receivedAt,
    responseDueAt: addMillis(receivedAt, Math.round(responseDays * MS_PER_DAY)),
    escalatedAt: null,
    category: null,
    priority: null,
    assigneeId: null,
    answerId: null,
    outcome: null,
    seq: 0,
  };
}

/**
 * Triage (category, priority, assignee) is the manager's, and may be redone until the complaint is
 * answered; the answer is the manager's or the assigned staff member's, after triage; closing with
 * an outcome is the manager's, once answered (a WITHDRAWN complaint may be closed at any time).
 */
export function applyComplaintStep(state: ComplaintState, envelope: ComplaintEnvelope): ComplaintTransition {
  const { step, actor } = envelope;
  if (state.status === 'CLOSED') return no('COMMAND_NOT_ALLOWED_IN_STAGE', 'The complaint is closed');
  const next = (patch: Partial<ComplaintState>): ComplaintTransition => ({
    ok: true,
    state: { ...state, ...patch, seq: state.seq + 1 },
  });
  switch (step.type) {
    case 'triage': {
      if (actor.role !== 'manager') return no('FORBIDDEN', "Triage is the manager's");
      if (state.status === 'ANSWERED') return no('COMMAND_NOT_ALLOWED_IN_STAGE', 'The complaint is already answered');
      if (!oneOf(step.category, COMPLAINT_CATEGORIES))
        return no('VALIDATION_FAILED', `category must be one of ${COMPLAINT_CATEGORIES.join(', ')}`);
      if (!oneOf(step.priority, COMPLAINT_PRIORITIES))
        return no('VALIDATION_FAILED', `priority must be one of ${COMPLAINT_PRIORITIES.join(', ')}`);
      if (
        step.assigneeId !== null &&
        !(typeof step.assigneeId === 'string' && /^[A-Za-z0-9_\-:.@]{1,128}$/.test(step.assigneeId))
      )
        return no('VALIDATION_FAILED', 'assigneeId must be a user id');
      return next({ status: 'TRIAGED', category: step.category, priority: step.priority, assigneeId: step.assigneeId });
    }
    case 'answer': {
      if (state.status !== 'TRIAGED')
        return no(
          'COMMAND_NOT_ALLOWED_IN_STAGE',
          state.status === 'RECEIVED'
            ? 'Triage the complaint before answering it'
            : 'The complaint is already answered',
        );
      if (actor.role !== 'manager' && actor.userId !== state.assigneeId)
        return no('FORBIDDEN', 'Only the manager or the assigned staff member answers this complaint');
      if (typeof step.answerId !== 'string' || step.answerId === '')
        return no('VALIDATION_FAILED', 'answerId is required');
      return next({ status: 'ANSWERED', answerId: step.answerId });
    }
    case 'close': {
      if (actor.role !== 'manager') return no('FORBIDDEN', "Closing a complaint is the manager's");
      if (!oneOf(step.outcome, COMPLAINT_OUTCOMES))
        return no('VALIDATION_FAILED', `outcome must be one of ${COMPLAINT_OUTCOMES.join(', ')}`);
      if (state.status !== 'ANSWERED' && step.outcome !== 'WITHDRAWN')
        return no('COMMAND_NOT_ALLOWED_IN_STAGE', 'Answer the complaint before closing it (or close it as WITHDRAWN)');
      return next({ status: 'CLOSED', outcome: step.outcome });
    }
    default:
      return no('VALIDATION_FAILED', 'Unknown complaint step');
  }
}

/** Still waiting for an answer and not yet escalated: the workflow keeps a timer to responseDueAt. */
export const awaitsAnswer = (state: ComplaintState): boolean =>
  (state.status === 'RECEIVED' || state.status === 'TRIAGED') && state.escalatedAt === null;

/** The timer fired: escalate once, if the complaint is still unanswered at responseDueAt. */
export function escalateOverdue(state: ComplaintState, now: string): ComplaintState | null {
  if (!awaitsAnswer(state) || Date.parse(now) < Date.parse(state.responseDueAt)) return null;
  return { ...state, escalatedAt: now, seq: state.seq + 1 };
}

/** What the public sees with the receipt code: status, and whether it is overdue. */
export function isOverdue(state: Pick<ComplaintState, 'status' | 'responseDueAt'>, now: string): boolean {
  return (
    (state.status === 'RECEIVED' || state.status === 'TRIAGED') && Date.parse(now) >= Date.parse(state.responseDueAt)
  );
}
